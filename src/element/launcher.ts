// `layout="launcher"`: a button with the count of usable vouchers that opens the tray in a
// popover. A chunk of its own, loaded before the first render of a launcher tray only (as a
// translation is), so trays laid out in place never pay for it.
import { css, html, nothing, type TemplateResult } from 'lit';
import type { TrayStrings } from '../i18n/types.js';

export const launcherStyles = css`
:host { --_bg: var(--voucher-tray-background, light-dark(#ffffff, #0d1117)) }
.launcher { display: inline-flex; align-items: center; gap: 0.5rem }
.count { min-width: 1.5em; padding: 0 0.4em; border-radius: 999px; background: var(--_accent-text); color: var(--_accent); font-size: 0.85em; text-align: center }
.panel { inline-size: min(26rem, 100vw - 2rem); max-block-size: min(40rem, 100vh - 2rem); padding: var(--_gap); border: 1px solid var(--_border); border-radius: calc(var(--_radius) + 4px); background: var(--_bg); color: var(--_text); box-shadow: 0 24px 48px -16px rgb(0 0 0 / 0.45) }
.panel::backdrop { background: rgb(0 0 0 / 0.2) }
.panel .base { outline: none }
.panel .voucher { content-visibility: visible }
.head { display: flex; align-items: center; justify-content: space-between; gap: var(--_gap); margin-block-end: var(--_gap); font-weight: 700; font-size: 1.1em }
.close { background: transparent; color: var(--_text); border-color: transparent; padding: 0.2rem 0.6rem; font-size: 1.25em; line-height: 1 }
`;

/**
 * Moves focus into the tray when the popover opens, and back to the launcher when it closes
 * with focus inside (the browser restores it itself in most engines; this covers the rest
 * without taking focus from wherever a click outside put it).
 */
function toggled(event: Event): void {
  const root = (event.currentTarget as Element).getRootNode() as ShadowRoot;
  const focus = (selector: string) => root.querySelector<HTMLElement>(selector)?.focus();
  if ((event as ToggleEvent).newState === 'open') return focus('.base');
  const inside = root.activeElement;
  const page = document.activeElement;
  if ((!inside || inside.closest('.panel')) && (!page || page === document.body || page === root.host)) focus('.launcher');
}

/** The launcher button, and the popover holding `tray` (the tray's base, as it would be shown in place). */
export const launcherView = (strings: TrayStrings, count: number, tray: TemplateResult): TemplateResult =>
  html`<button part="launcher" class="launcher" type="button" popovertarget="panel">${strings.listLabel}${count
      ? html`<span part="count" class="count" aria-hidden="true">${count}</span><span class="sr-only">, ${strings.launcherCount.replace('{value}', String(count))}</span>`
      : nothing}</button
    ><div part="popover" class="panel" id="panel" popover role="dialog" aria-label=${strings.listLabel} @toggle=${toggled}
    ><div class="head"><span aria-hidden="true">${strings.listLabel}</span><button part="close-button" class="close" type="button" popovertarget="panel" popovertargetaction="hide" aria-label=${strings.close}>×</button></div
    >${tray}</div>`;
