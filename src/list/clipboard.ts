/**
 * Copies `text`, resolving true only when it really landed on the clipboard. The Clipboard
 * API is tried first; where it is missing or refused (no permission, insecure page, older
 * embeddings in iframes) a selected, off-screen textarea and `execCommand('copy')` are used.
 */
export async function copyText(text: string, host: ShadowRoot | HTMLElement): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused: fall through to the legacy path.
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.setAttribute('aria-hidden', 'true');
  area.style.cssText = 'position:fixed;top:0;left:0;width:1px;height:1px;opacity:0;';
  host.appendChild(area);
  const focused = (host.getRootNode() as Document | ShadowRoot).activeElement as HTMLElement | null;
  try {
    area.select();
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
    focused?.focus?.();
  }
}
