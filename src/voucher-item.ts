import { html, nothing, type TemplateResult } from 'lit';
import { formatDateTime, formatValue } from './format.js';
import { fill, type TrayStrings } from './strings.js';
import { isExpired, type Voucher } from './voucher.js';

export interface ItemContext {
  now: number;
  locale: string;
  currency: string | undefined;
  strings: TrayStrings;
  copiedId: string | undefined;
  onCopy: (voucher: Voucher) => void;
}

/** The status shown for an entry: the provider's word, then time (expired, not yet active). */
export function displayStatus(
  voucher: Voucher,
  now: number,
  locale: string,
  strings: TrayStrings,
): { key: string; label: string } {
  switch (voucher.status) {
    case 'used':
      return { key: 'used', label: strings.statusUsed };
    case 'expired':
      return { key: 'expired', label: strings.statusExpired };
    case 'disabled':
      return { key: 'disabled', label: strings.statusDisabled };
    case 'no-balance':
      return { key: 'no-balance', label: strings.statusNoBalance };
  }
  if (isExpired(voucher, now)) return { key: 'expired', label: strings.statusExpired };
  if (voucher.startsAt !== undefined && voucher.startsAt > now) {
    return { key: 'scheduled', label: fill(strings.starts, formatDateTime(voucher.startsAt, locale)) };
  }
  return { key: 'active', label: strings.statusActive };
}

/**
 * One `<li part="voucher">`. Every provider text goes in as text, never as markup, in an
 * element with `dir="auto"`: isolated, so bidi controls in it cannot reorder the tray around it.
 */
export function renderVoucher(voucher: Voucher, ctx: ItemContext): TemplateResult {
  const { strings, now } = ctx;
  const status = displayStatus(voucher, now, ctx.locale, strings);
  const value = formatValue(voucher.value, ctx.locale, ctx.currency, strings);
  const copied = ctx.copiedId === voucher.id;
  const expiry =
    voucher.expiresAt === undefined
      ? html`<span part="expiry" class="expiry">${strings.noExpiry}</span>`
      : html`<time part="expiry" class="expiry" datetime=${new Date(voucher.expiresAt).toISOString()}
          >${fill(strings.expires, formatDateTime(voucher.expiresAt, ctx.locale))}</time
        >`;
  return html`<li part="voucher" class="voucher" data-status=${status.key}>
    ${voucher.image ? html`<img part="image" class="image" src=${voucher.image} alt="" loading="lazy" />` : nothing}
    <div class="body">
      ${voucher.brand ? html`<p part="brand" class="brand" dir="auto">${voucher.brand}</p>` : nothing}
      ${voucher.title ? html`<p part="title" class="title" dir="auto">${voucher.title}</p>` : nothing}
      ${value ? html`<p part="value" class="value">${value}</p>` : nothing}
      ${voucher.description ? html`<p part="description" class="description" dir="auto">${voucher.description}</p>` : nothing}
      <div class="code-row">
        <code part="code" class="code" dir="auto">${voucher.code}</code>
        <button
          part="copy-button"
          class="copy"
          type="button"
          aria-label=${`${copied ? strings.copied : strings.copy}: ${voucher.code}`}
          @click=${() => ctx.onCopy(voucher)}
        >
          ${copied ? strings.copied : strings.copy}
        </button>
      </div>
      <p class="meta">${expiry} <span part="status" class="status">${status.label}</span></p>
    </div>
  </li>`;
}
