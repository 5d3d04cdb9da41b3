import { expect } from '@open-wc/testing';

declare global {
  interface Window {
    __expectedTimeZone?: string;
  }
}

// The far-timezones groups of web-test-runner.config.mjs set TZ for the browser; this proves
// it took effect, so the date tests that run beside it are not silently running at UTC.
describe('browser time zone', () => {
  it('is the zone the test group asked for', () => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (window.__expectedTimeZone) {
      expect(zone).to.equal(window.__expectedTimeZone);
      expect(new Date(Date.UTC(2026, 0, 1)).getTimezoneOffset()).to.not.equal(0);
    } else {
      expect(zone).to.be.a('string');
    }
  });
});
