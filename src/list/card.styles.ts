import { css } from 'lit';

// The rules only a list of vouchers needs; adopted beside trayStyles when the runtime loads.
// content-visibility lets the browser skip laying out cards scrolled out of view, which is
// most of the cost of a very long list.
export const cardStyles = css`
.list { list-style: none; margin: 0; padding: 0; display: grid; gap: var(--_gap) }
.voucher { display: flex; gap: var(--_gap); background: var(--_card); border: 1px solid var(--_border); border-radius: var(--_radius); padding: var(--_gap); content-visibility: auto; contain-intrinsic-size: auto 8rem }
.voucher:not([data-status='active'], [data-status='scheduled'], [data-status='blocked']) { border-style: dashed }
.voucher:not([data-status='active'], [data-status='scheduled'], [data-status='blocked']) .code { text-decoration: line-through }
.voucher:is([data-status='scheduled'], [data-status='blocked']) .value { color: var(--_muted) }
.image { width: 3.5rem; height: 3.5rem; object-fit: cover; border-radius: calc(var(--_radius) / 2); flex: none }
.body > :not([part]), .meta > :not([part]) { display: none }
.body { display: grid; gap: 0.25rem; min-width: 0; flex: 1 }
.brand, .meta { color: var(--_muted); font-size: 0.875em }
.body > [dir] { text-align: -webkit-match-parent; text-align: match-parent }
.title { font-weight: 600 }
.value { font-weight: 700; color: var(--_accent) }
.row, .meta { display: flex; flex-wrap: wrap; align-items: center; gap: 0.25rem 0.5rem }
.soon { color: var(--_soon); background: var(--_soon-bg); font-weight: 700; border-radius: 999px; padding: 0 0.5rem }
.copy { background: transparent; color: var(--_accent) }
a { color: var(--_accent) }
.code { font-family: var(--voucher-tray-code-font, ui-monospace, SFMono-Regular, Menlo, Consolas, monospace); font-size: 1.05em; letter-spacing: 0.04em; padding: 0.15rem 0.4rem; border: 1px dashed var(--_border); border-radius: calc(var(--_radius) / 2); background: var(--_bg); overflow-wrap: anywhere; -webkit-user-select: all; user-select: all }
`;
