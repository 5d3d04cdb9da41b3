// What the tray shows in each state. Provider text goes in through text bindings only, never
// as markup. Templates are kept compact: their whitespace ships as it is written.
import { html } from 'lit';
import { isAbortError } from '../providers/errors.js';
import { currentRuntime } from '../runtime/loader.js';
import type { TrayStrings } from '../i18n/types.js';
import type { ItemContext } from '../list/list-view.js';
import type { Voucher } from '../model/voucher.js';
import type { createLoadTask } from './load-task.js';

/** Placeholder cards while loading: shapes only, hidden from screen readers (they hear the status). */
export const loadingView = () =>
  html`<div part="loading" class="loading" aria-hidden="true"><div part="skeleton" class="skeleton"></div><div part="skeleton" class="skeleton"></div></div>`;

/**
 * The login prompt. With a usable `login-url` its action is a plain link, so it works before
 * any JavaScript (a server-rendered page) and opens in a new tab like any link; the click
 * still fires the cancelable `voucher-tray-login` first.
 */
export const loginView = (strings: TrayStrings, href: string | undefined, onLogin: (event: Event) => void) =>
  html`<div part="login" class="login"><slot name="login"><p part="login-text">${strings.loginPrompt}</p>${href
    ? html`<a part="login-button" class="button" href=${href} @click=${onLogin}>${strings.loginButton}</a>`
    : html`<button part="login-button" type="button" @click=${onLogin}>${strings.loginButton}</button>`}</slot></div>`;

/**
 * A logged-in shopper's tray: the skeleton while loading, then the list (or the empty message)
 * or the error. `quiet`: a reload that keeps the last answer on screen while it runs.
 */
export const stateView = (task: ReturnType<typeof createLoadTask>, shown: readonly Voucher[], ctx: ItemContext, onRetry: () => void, quiet: boolean) => {
  // The list view (the empty message too) arrives with the runtime, which a completed load has always loaded.
  const done = () => currentRuntime()!.listView(shown, ctx);
  return task.render({
    initial: loadingView,
    pending: quiet ? done : loadingView,
    error: (error) =>
      isAbortError(error)
        ? loadingView()
        : html`<div part="error" class="error" role="alert"><p part="error-text">${ctx.strings.error}</p><button part="retry-button" type="button" @click=${onRetry}>${ctx.strings.retry}</button></div>`,
    complete: done,
  });
};
