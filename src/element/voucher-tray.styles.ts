import { css } from 'lit';

// Every colour and size is a --voucher-tray-* custom property with a light and a dark default
// (picked by prefers-color-scheme), so a page can brand the tray without ::part() rules; a
// property set by the page wins in both schemes. Default colours keep text at 4.5:1 or more
// against the surfaces it sits on (test/ux/accessibility.test.ts measures them), and only
// logical properties are used so the layout mirrors under dir="rtl". One rule per line: the
// CSS ships unminified, as written. The cards' own rules come with the list view, lazily
// (src/list/card.styles.ts).
export const trayStyles = css`
:host {
--_text: var(--voucher-tray-text, #1f2328);
--_bg: var(--voucher-tray-background, #ffffff);
--_card: var(--voucher-tray-card-background, #f6f8fa);
--_border: var(--voucher-tray-border, #d0d7de);
--_accent: var(--voucher-tray-accent, #0a58ca);
--_accent-text: var(--voucher-tray-accent-text, #ffffff);
--_muted: var(--voucher-tray-muted, #57606a);
--_danger: var(--voucher-tray-danger, #b42318);
--_soon: var(--voucher-tray-soon, #7a4500);
--_soon-bg: var(--voucher-tray-soon-background, #fff1c9);
--_focus: var(--voucher-tray-focus-ring, #0a58ca);
--_radius: var(--voucher-tray-radius, 8px);
--_gap: var(--voucher-tray-spacing, 0.75rem);
display: block; color: var(--_text); font-family: var(--voucher-tray-font, inherit);
}
@media (prefers-color-scheme: dark) { :host {
--_text: var(--voucher-tray-text, #e6edf3);
--_bg: var(--voucher-tray-background, #0d1117);
--_card: var(--voucher-tray-card-background, #161b22);
--_border: var(--voucher-tray-border, #3d444d);
--_accent: var(--voucher-tray-accent, #58a6ff);
--_accent-text: var(--voucher-tray-accent-text, #0d1117);
--_muted: var(--voucher-tray-muted, #9198a1);
--_danger: var(--voucher-tray-danger, #ff7b72);
--_soon: var(--voucher-tray-soon, #f2cc60);
--_soon-bg: var(--voucher-tray-soon-background, #3b2e0a);
--_focus: var(--voucher-tray-focus-ring, #58a6ff);
} }
:host([hidden]) { display: none }
* { box-sizing: border-box }
p { margin: 0 }
.loading { display: grid; gap: var(--_gap) }
.base { background: var(--_bg); border: 1px solid var(--_border); border-radius: var(--_radius); padding: var(--_gap) }
button, .button { display: inline-block; text-decoration: none; font: inherit; cursor: pointer; min-height: 24px; padding: 0.3rem 0.75rem; border-radius: calc(var(--_radius) / 2); border: 1px solid var(--_accent); background: var(--_accent); color: var(--_accent-text) }
:focus-visible { outline: 3px solid var(--_focus); outline-offset: 2px }
.login, .empty, .error { display: grid; gap: var(--_gap); justify-items: start }
.error { color: var(--_danger) }
.skeleton { display: flex; gap: var(--_gap); background: var(--_card); border: 1px solid var(--_border); border-radius: var(--_radius); padding: var(--_gap); height: 5.5rem; animation: pulse 1.6s ease-in-out infinite alternate }
.skeleton::before { content: ''; width: 3.5rem; border-radius: calc(var(--_radius) / 2); background: var(--_border) }
@keyframes pulse { to { opacity: 0.45 } }
@media (prefers-reduced-motion: reduce) { .skeleton { animation: none } }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap }
`;
