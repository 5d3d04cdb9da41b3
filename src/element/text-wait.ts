import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadTranslation } from '../i18n/load.js';

// A translation that takes longer than this is shown when it arrives; English meanwhile.
const TRANSLATION_WAIT_MS = 1500;

/**
 * Holds a tray's text, and only its text, while its locale's translation is on the way (at
 * most TRANSLATION_WAIT_MS), so the shopper never sees English flash by. Loading goes on
 * meanwhile: the runtime, token and provider requests never wait for text.
 */
export class TextWait implements ReactiveController {
  private locale: string | undefined;
  private over = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Settles when the text held now can be shown (the translation is in, or the wait is over). */
  ready: Promise<unknown> = Promise.resolve();

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** True while the text for `locale` is still to come (and worth waiting for). */
  held(locale: string): boolean {
    const loading = loadTranslation(locale);
    if (!loading) return false;
    if (this.locale !== locale) {
      this.hostDisconnected();
      this.locale = locale;
      let timer: ReturnType<typeof setTimeout>;
      const waited = new Promise((resolve) => (this.timer = timer = setTimeout(resolve, TRANSLATION_WAIT_MS)));
      this.ready = Promise.race([loading, waited.then(() => (this.over = true))]).then(() => {
        clearTimeout(timer);
        this.host.requestUpdate();
      });
    }
    return !this.over;
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.locale = undefined;
    this.over = false;
  }
}
