/** A BCP 47 tag Intl accepts, or undefined (so a typo in `locale` never breaks the tray). */
function validLocale(tag: string | null | undefined): string | undefined {
  try {
    return tag ? Intl.getCanonicalLocales(tag)[0] : undefined;
  } catch {
    return undefined;
  }
}

/** The `locale` attribute, else the closest `[lang]`, else the browser's language. */
export function resolveLocale(host: Element, locale: string | undefined): string {
  return (
    validLocale(locale) ??
    // Server rendering (Lit SSR) gives an element shim without closest(), and Node 20 has no
    // navigator: the attribute, else English, until the browser hydrates it.
    validLocale(typeof host.closest === 'function' ? host.closest('[lang]')?.getAttribute('lang') : undefined) ??
    validLocale(globalThis.navigator?.language) ??
    'en'
  );
}
