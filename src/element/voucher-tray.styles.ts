import { css } from 'lit';

// First paint only: the palette, the tray's states, the skeleton and the layouts' grids. The
// cards' own rules come with the list view, lazily (list/card.styles.ts), the launcher's with it
// (element/launcher.ts).
// Every colour is a --voucher-tray-* custom property with a light and a dark default, picked by
// light-dark() from the host's used color-scheme: the page's `color-scheme` (a light-only shop
// gets a light tray whatever the system prefers), or the `theme` attribute. A property set by
// the page wins in both schemes. Default colours keep text at 4.5:1 or more against the
// surfaces it sits on (test/ux/accessibility.test.ts measures them), and only logical
// properties are used so the layout mirrors under dir="rtl". One rule per line: the CSS ships
// unminified, as written.
// 11.75rem is a card's height (the cards' min-height, list/card.styles.ts): the skeleton is one
// row of cards that tall whatever the width, so that the README's rule reserves that one number
// before the script arrives, and the list's first row takes the skeleton's place without moving
// what is under the tray (test/ux/reserved-space.test.ts holds the three together).
export const trayStyles = css`
:host {
--_text: var(--voucher-tray-text, light-dark(#1f2328, #e6edf3));
--_border: var(--voucher-tray-border, light-dark(#d0d7de, #3d444d));
--_accent: var(--voucher-tray-accent, light-dark(#0a58ca, #58a6ff));
--_accent-text: var(--voucher-tray-accent-text, light-dark(#ffffff, #0d1117));
--_danger: var(--voucher-tray-danger, light-dark(#b42318, #ff7b72));
--_focus: var(--voucher-tray-focus-ring, light-dark(#0a58ca, #58a6ff));
--_radius: var(--voucher-tray-radius, 12px);
--_gap: var(--voucher-tray-spacing, 0.75rem);
--_stub-w: var(--voucher-tray-stub-width, clamp(6rem, 30%, 8rem));
display: block; color: var(--_text); font-family: var(--voucher-tray-font, inherit)
}
:host([theme=light]) { color-scheme: light }
:host([theme=dark]) { color-scheme: dark }
:host([theme=auto]) { color-scheme: light dark }
:host([hidden]) { display: none }
* { box-sizing: border-box }
p { margin: 0 }
.base { container: tray / inline-size; background: var(--voucher-tray-background, transparent); border: var(--voucher-tray-frame-border, none); border-radius: var(--_radius); padding: var(--voucher-tray-frame-padding, 0) }
.list, .loading { list-style: none; margin: 0; padding: 0; display: grid; gap: var(--_gap) }
@container tray (min-width: 36rem) { :host(:not([layout=list], [layout=carousel])) :is(.list, .loading) { grid-template-columns: repeat(auto-fill, minmax(17rem, 1fr)) } }
:host([layout=grid]) :is(.list, .loading) { grid-template-columns: repeat(auto-fill, minmax(min(100%, 17rem), 1fr)) }
:host([layout=carousel]) :is(.list, .loading) { grid-auto-flow: column; grid-auto-columns: min(85%, 20rem); overflow-x: auto }
button, .button { display: inline-block; text-decoration: none; font: inherit; cursor: pointer; min-height: 24px; padding: 0.45rem 1rem; border-radius: 999px; border: 1px solid var(--_accent); background: var(--_accent); color: var(--_accent-text); font-weight: 600 }
:focus-visible { outline: 3px solid var(--_focus); outline-offset: 2px }
.login, .empty, .error { display: grid; gap: var(--_gap); justify-items: start }
.error { color: var(--_danger) }
.loading { height: 11.75rem; overflow: hidden; grid-auto-rows: 100% }
.skeleton { --_l: linear-gradient(var(--_border) 0 0) no-repeat; display: flex; border-radius: var(--_radius); box-shadow: inset 0 0 0 1px var(--_border); overflow: hidden; animation: pulse 1.2s ease-in-out infinite alternate }
.skeleton::before { content: ''; width: var(--_stub-w); background: var(--_border); opacity: 0.5 }
.skeleton::after { content: ''; flex: 1; margin: 1rem; background: var(--_l) 0 0 / 45% 0.7rem, var(--_l) 0 1.3rem / 80% 0.9rem, var(--_l) 0 100% / 100% 2.25rem; opacity: 0.7 }
@keyframes pulse { to { opacity: 0.5 } }
@media (prefers-reduced-motion: reduce) { .skeleton { animation: none } }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap }
`;
