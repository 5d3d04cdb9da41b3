// The "Use now" action's URL: the `apply-url` template checked once per render, then filled
// per card. Comes with the runtime; the first-paint file only declares the attribute.
import { warnOnce } from '../providers/errors.js';
import { httpUrl } from '../model/urls.js';

const PLACEHOLDER = '{code}';

/**
 * The `apply-url` template when it can be used, else undefined (no "Use now" action), with a
 * console warning once per page and reason: one without `{code}` would send every voucher to
 * the same place, and one with another scheme (`javascript:`, `data:`…) is never followed.
 */
export function applyTemplate(template: string | undefined, base: string): string | undefined {
  if (!template) return undefined;
  if (!template.includes(PLACEHOLDER)) return void warnOnce('apply-url has no {code}: no "Use now" action is shown');
  if (!fillApplyUrl(template, 'CODE', base)) return void warnOnce('apply-url is not an http(s) or relative URL: no "Use now" action is shown');
  return template;
}

/**
 * The template with every `{code}` replaced by the code, percent-encoded (so `&`, `/`, `?`,
 * `#`, quotes and spaces stay inside the one place the template gave the code), resolved
 * against `base`. The result is checked again: only http(s) is ever linked to.
 */
export function fillApplyUrl(template: string, code: string, base: string): string | undefined {
  return httpUrl(template.split(PLACEHOLDER).join(encodeURIComponent(code)), base)?.href;
}
