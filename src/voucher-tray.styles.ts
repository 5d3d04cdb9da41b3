import { css } from 'lit';

// Every colour and size is a --voucher-tray-* custom property with a default, so a page can
// brand the tray without ::part() rules; ::part() is there for everything else.
export const trayStyles = css`
  :host {
    display: block;
    font-family: var(--voucher-tray-font, inherit);
    color: var(--voucher-tray-text, #1f2328);
    --_bg: var(--voucher-tray-background, #ffffff);
    --_card: var(--voucher-tray-card-background, #f6f8fa);
    --_border: var(--voucher-tray-border, #d0d7de);
    --_accent: var(--voucher-tray-accent, #0a58ca);
    --_accent-text: var(--voucher-tray-accent-text, #ffffff);
    --_muted: var(--voucher-tray-muted, #57606a);
    --_danger: var(--voucher-tray-danger, #b42318);
    --_radius: var(--voucher-tray-radius, 8px);
    --_gap: var(--voucher-tray-spacing, 0.75rem);
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
  }
  .base {
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_gap);
  }
  p {
    margin: 0;
  }
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_gap);
  }
  .voucher {
    display: flex;
    gap: var(--_gap);
    background: var(--_card);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_gap);
  }
  .voucher[data-status='expired'],
  .voucher[data-status='used'],
  .voucher[data-status='disabled'],
  .voucher[data-status='no-balance'] {
    opacity: 0.75;
  }
  .image {
    width: 3.5rem;
    height: 3.5rem;
    object-fit: cover;
    border-radius: calc(var(--_radius) / 2);
    flex: none;
  }
  .body {
    display: grid;
    gap: 0.25rem;
    min-width: 0;
    flex: 1;
  }
  .brand,
  .meta {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .title {
    font-weight: 600;
  }
  .value {
    font-weight: 700;
    color: var(--_accent);
  }
  .code-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  .code {
    font-family: var(--voucher-tray-code-font, ui-monospace, SFMono-Regular, Menlo, Consolas, monospace);
    font-size: 1.05em;
    letter-spacing: 0.04em;
    padding: 0.15rem 0.4rem;
    border: 1px dashed var(--_border);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_bg);
    overflow-wrap: anywhere;
  }
  .status {
    margin-inline-start: 0.5rem;
  }
  button {
    font: inherit;
    cursor: pointer;
    border-radius: calc(var(--_radius) / 2);
    border: 1px solid var(--_accent);
    background: var(--_accent);
    color: var(--_accent-text);
    padding: 0.3rem 0.75rem;
  }
  button.copy {
    background: transparent;
    color: var(--_accent);
  }
  button:focus-visible {
    outline: 3px solid var(--voucher-tray-focus-ring, #0a58ca);
    outline-offset: 2px;
  }
  .login,
  .empty,
  .error,
  .loading {
    display: grid;
    gap: var(--_gap);
    justify-items: start;
  }
  .error {
    color: var(--_danger);
  }
  .loading {
    color: var(--_muted);
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
`;
