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
    validLocale(host.closest('[lang]')?.getAttribute('lang')) ??
    validLocale(navigator.language) ??
    'en'
  );
}
