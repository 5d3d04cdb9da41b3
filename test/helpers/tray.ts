// Look-ups and waits every tray test needs: one copy, so a tray's "settled" means the same
// thing in every file.
import { waitUntil } from '@open-wc/testing';

/** Anything with a shadow root: the element, or a tray from another copy of the script. */
type Tray = Element & { readonly shadowRoot: ShadowRoot | null; readonly updateComplete?: Promise<unknown> };

export const part = (el: Tray, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
export const parts = (el: Tray, name: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
/** An element's text with white space folded. */
export const text = (node: Element | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** The codes the tray shows, in order. */
export const codesIn = (el: Tray): string[] => parts(el, 'code').map((node) => node.textContent!.trim());

/**
 * Waits until the tray shows its list, the empty message or the error (a condition, not a
 * sleep), then for its update to finish. The default leaves room for a loaded machine.
 */
export async function settled<T extends Tray>(el: T, timeout = 8000): Promise<T> {
  await waitUntil(() => part(el, 'list') ?? part(el, 'empty') ?? part(el, 'error'), `${el.id || 'tray'} never settled`, { timeout });
  await el.updateComplete;
  return el;
}

/** The paths this page has fetched so far (scripts, chunks, API calls), from Resource Timing. */
export const fetchedPaths = (): string[] =>
  performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
