import { css } from 'lit';

// The rules only a list of vouchers needs; adopted beside trayStyles when the runtime loads.
// A card is a ticket: the stub (value) and the body, the divider perforated by a dashed edge,
// notched by a mask at its top and bottom (mirrored under dir="rtl"), and outlined by a ring
// drawn above it so the notches keep their edge. Set --voucher-tray-notch-size to 0 for a
// plain card (a box-shadow on ::part(voucher) is clipped by the notch mask otherwise).
// content-visibility lets the browser skip laying out cards scrolled out of view, which is
// most of the cost of a very long list. A card is at least as tall as the loading skeleton
// (11.75rem, element/voucher-tray.styles.ts), and is taken for that tall until laid out, so the
// list's first row takes the skeleton's place without moving the page.
export const cardStyles = css`
:host {
--_card: var(--voucher-tray-card-background, light-dark(#ffffff, #161b22));
--_muted: var(--voucher-tray-muted, light-dark(#57606a, #9198a1));
--_stub: var(--voucher-tray-stub-background, light-dark(#e9f0ff, #14233b));
--_hero: var(--voucher-tray-value, var(--_accent));
--_soon: var(--voucher-tray-soon, light-dark(#7a4500, #f2cc60));
--_soon-bg: var(--voucher-tray-soon-background, light-dark(#fff1c9, #3b2e0a));
--_ok: var(--voucher-tray-success, light-dark(#116329, #3fb950));
--_ok-bg: var(--voucher-tray-success-background, light-dark(#dafbe1, #0f2a1a));
--_quiet: var(--voucher-tray-muted-background, light-dark(#eaeef2, #21262d));
--_code-bg: var(--voucher-tray-code-background, light-dark(#f6f8fa, #0d1117));
--_notch: var(--voucher-tray-notch-size, 9px)
}
:host([layout=carousel]) .list { scroll-snap-type: x mandatory; scroll-padding-inline: 4px; padding: 4px; margin: -4px; overscroll-behavior-x: contain }
:host([layout=carousel]) .voucher { scroll-snap-align: start }
.list { line-height: 1.4 }
.voucher { --_x: var(--_stub-w); --_cut: #0000 var(--_notch), #000 calc(var(--_notch) + 0.5px); position: relative; display: grid; grid-template-columns: var(--_stub-w) minmax(0, 1fr); min-width: 0; min-height: 11.75rem; background: var(--_card); border-radius: var(--_radius); container: card / inline-size; content-visibility: auto; contain-intrinsic-size: auto 11.75rem; -webkit-mask: radial-gradient(circle at var(--_x) 0, var(--_cut)) top / 100% 51% no-repeat, radial-gradient(circle at var(--_x) 100%, var(--_cut)) bottom / 100% 51% no-repeat; mask: radial-gradient(circle at var(--_x) 0, var(--_cut)) top / 100% 51% no-repeat, radial-gradient(circle at var(--_x) 100%, var(--_cut)) bottom / 100% 51% no-repeat }
.voucher:dir(rtl) { --_x: calc(100% - var(--_stub-w)) }
.voucher::after { --_ring: #0000 var(--_notch), var(--_border) 0 calc(var(--_notch) + 1px), #0000 0; content: ''; position: absolute; inset: 0; border-radius: inherit; pointer-events: none; box-shadow: inset 0 0 0 1px var(--_border); background: radial-gradient(circle at var(--_x) 0, var(--_ring)) top / 100% 51% no-repeat, radial-gradient(circle at var(--_x) 100%, var(--_ring)) bottom / 100% 51% no-repeat }
.stub { display: flex; flex-direction: column; align-items: center; justify-content: center; gap: 0.5rem; min-width: 0; padding: 1rem 0.5rem; background: var(--_stub); border-inline-end: 2px dashed var(--_card); border-start-start-radius: inherit; border-end-start-radius: inherit; text-align: center }
.stub { container: stub / inline-size }
.hero { color: var(--_hero); font-size: min(2rem, 60cqi); font-weight: 800; line-height: 1.1; letter-spacing: -0.02em; text-wrap: balance }
.hero[data-w='3'] { font-size: min(2rem, 43cqi) }
.hero[data-w='4'] { font-size: min(1.85rem, 32cqi) }
.hero[data-w='5'] { font-size: min(1.65rem, 26cqi) }
.hero[data-w='6'] { font-size: min(1.45rem, 21cqi) }
.hero[data-w='7'] { font-size: min(1.3rem, 18cqi) }
.hero[data-w='8'] { font-size: min(1.2rem, 16cqi) }
.hero[data-w='9'] { font-size: min(1.1rem, 14cqi); letter-spacing: 0 }
.mark { display: grid; place-items: center; width: 3rem; height: 3rem; border-radius: 50%; background: var(--_card); color: var(--_accent); font-size: 1.5rem; font-weight: 800 }
.image { width: 2.5rem; height: 2.5rem; object-fit: cover; border-radius: 50%; flex: none }
.body { display: flex; flex-direction: column; gap: 0.35rem; min-width: 0; padding: 0.9rem 1rem }
.body > :not([part]), .stub > :not([part]), .meta > :not([part]) { display: none }
.body > [dir] { text-align: -webkit-match-parent; text-align: match-parent }
.hero, .brand, .title, .description { overflow-wrap: anywhere }
.brand { color: var(--_muted); font-size: 0.75rem; font-weight: 700; letter-spacing: 0.06em; text-transform: uppercase }
.title { font-weight: 650; line-height: 1.3 }
.description { color: var(--_muted); font-size: 0.875rem; display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 3; overflow: hidden }
.meta { display: flex; flex-wrap: wrap; align-items: center; gap: 0.25rem 0.5rem; color: var(--_muted); font-size: 0.8125rem; font-weight: 600 }
.line { color: var(--_muted); font-size: 0.8125rem }
.badge { display: block; width: fit-content; padding: 0.1rem 0.5rem; border-radius: 6px; color: var(--_soon); background: var(--_soon-bg); font-weight: 700 }
.row { display: flex; align-items: stretch; min-width: 0; max-inline-size: 24rem; margin-block-start: auto; border: 1px solid var(--_border); border-radius: calc(var(--_radius) - 4px); background: var(--_code-bg); cursor: pointer; transition: color 0.2s, background-color 0.2s, border-color 0.2s }
.code { display: flex; flex: 1; min-width: 0; min-height: 2.25rem; align-items: center; padding: 0 0.65rem; font-family: var(--voucher-tray-code-font, ui-monospace, SFMono-Regular, Menlo, Consolas, monospace); font-size: 0.9rem; font-weight: 600; letter-spacing: 0.04em; white-space: nowrap; -webkit-user-select: all; user-select: all }
.code > :first-child { min-width: 1ch; overflow: hidden; text-overflow: ellipsis }
.code > :last-child { flex: none }
.copy { display: inline-flex; flex: none; align-items: center; gap: 0.4rem; padding: 0 0.8rem; border: 0; border-inline-start: 1px solid var(--_border); border-radius: 0; border-start-end-radius: inherit; border-end-end-radius: inherit; background: transparent; color: var(--_accent); font-size: 0.875rem; transition: inherit }
.copy svg { width: 1rem; height: 1rem; flex: none; fill: none; stroke: currentColor; stroke-width: 1.7; stroke-linecap: round; stroke-linejoin: round }
.row:hover, .row:hover .copy { border-color: var(--_accent) }
.copy:hover { background: var(--_stub) }
.row[data-copied], .row[data-copied] .copy { color: var(--_ok); background: var(--_ok-bg); border-color: var(--_ok) }
.row[data-copied] svg { animation: pop 0.3s ease-out }
@keyframes pop { 50% { transform: scale(1.3) } }
@container card (max-width: 24rem) { .copy { padding: 0 0.6rem } .code { padding: 0 0.5rem; font-size: 0.85rem; letter-spacing: 0 } .label { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap } }
.apply { display: flex; align-items: center; justify-content: center; min-height: 2.25rem; max-inline-size: 24rem; padding: 0 0.8rem; border-radius: calc(var(--_radius) - 4px); background: var(--_accent); color: var(--_accent-text); font-size: 0.9rem; font-weight: 700; text-decoration: none; transition: filter 0.2s }
.apply:hover { filter: brightness(1.1) }
.till { display: inline-flex; align-self: flex-start; align-items: center; gap: 0.35rem; min-height: 24px; padding: 0.2rem 0; border: 0; border-radius: 4px; background: transparent; color: var(--_accent); font-size: 0.8125rem; text-align: start }
.till:hover { text-decoration: underline }
.till svg { width: 1rem; height: 1rem; flex: none; fill: none; stroke: currentColor; stroke-width: 1.5; stroke-linecap: round; stroke-linejoin: round }
.assets { display: flex; flex-wrap: wrap; gap: 0.25rem 0.75rem; font-size: 0.875rem }
a { color: var(--_accent) }
.voucher:not([data-status='active']) { --_stub: var(--_quiet); --_hero: var(--_muted) }
.voucher:not([data-status='active']) .image { filter: grayscale(1); opacity: 0.6 }
.voucher:not([data-status='active']) .code { color: var(--_muted); -webkit-user-select: none; user-select: none }
.voucher:not([data-status='active'], [data-status='scheduled'], [data-status='blocked']) .code { text-decoration: line-through }
.voucher:not([data-status='active']) :is(.row, .copy) { border-style: dashed; background: transparent; border-color: var(--_border); cursor: default }
.copy:disabled { cursor: not-allowed; color: var(--_muted) }
.heading { margin-block: calc(var(--_gap) * 2) var(--_gap); color: var(--_muted); font-size: 0.8125rem; font-weight: 700; letter-spacing: 0.06em; text-transform: uppercase }
.empty + .heading { margin-block-start: var(--_gap) }
.voucher[data-leaving] { animation: leave 0.4s ease-in forwards; pointer-events: none }
@keyframes leave { to { opacity: 0; transform: scale(0.97) } }
@media (prefers-reduced-motion: reduce) { .voucher[data-leaving], .row[data-copied] svg { animation: none } .row, .copy, .apply { transition: none } }
`;
