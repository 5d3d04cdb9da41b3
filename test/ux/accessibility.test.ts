import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { VoucherTray } from '../../src/entries/index.js';
import { launcherStyles } from '../../src/element/launcher.js';
import { trayStyles } from '../../src/element/voucher-tray.styles.js';
import { cardStyles } from '../../src/list/card.styles.js';
import { json, type FakeFetch } from '../helpers/fake-fetch.js';
import { DAY, fakeBackend, part, parts, providerWith, root, settled, voucher } from './helpers.js';

// WCAG 2.x relative luminance and contrast ratio.
type Rgb = [number, number, number];
const hex = (value: string): Rgb => [1, 3, 5].map((i) => parseInt(value.slice(i, i + 2), 16)) as Rgb;
const rgb = (value: string): Rgb => value.match(/[\d.]+/g)!.slice(0, 3).map(Number) as Rgb;
const luminance = ([r, g, b]: Rgb) =>
  [r, g, b].map((c) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)).reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i]!, 0);
const contrast = (a: Rgb, b: Rgb) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
};

/** The default palette of one scheme, read from the stylesheets themselves: `--_text: …light-dark(#1f2328, #e6edf3)` → `#1f2328` or `#e6edf3`. */
function palette(scheme: 'light' | 'dark'): Record<string, Rgb> {
  const css = trayStyles.cssText + cardStyles.cssText + launcherStyles.cssText;
  const colours = [...css.matchAll(/--_([\w-]+): var\(--voucher-tray-[\w-]+, light-dark\((#[0-9a-f]{6}), (#[0-9a-f]{6})\)\)/g)];
  return Object.fromEntries(colours.map(([, name, light, dark]) => [name!, hex(scheme === 'light' ? light! : dark!)]));
}

// Text on the surfaces it sits on (4.5:1), and the focus ring and accent borders (3:1). `bg` is
// the popover's (the tray itself has none: the page shows through), `card` the ticket's body,
// `stub` its stub (the value), `quiet` the stub of a scheduled or unusable one, `code-bg` the
// code control, `ok-bg` the control after a copy.
const TEXT_PAIRS = [
  ['text', 'bg'], ['text', 'card'], ['muted', 'card'], ['muted', 'bg'], ['accent', 'card'], ['accent', 'bg'],
  ['accent-text', 'accent'], ['danger', 'bg'], ['soon', 'soon-bg'], ['accent', 'stub'], ['muted', 'quiet'],
  ['text', 'code-bg'], ['accent', 'code-bg'], ['muted', 'code-bg'], ['ok', 'ok-bg'],
] as const;
const UI_PAIRS = [['focus', 'bg'], ['focus', 'card'], ['focus', 'code-bg'], ['accent', 'card']] as const;

/** The background actually behind `node`: the nearest ancestor (across shadow roots) that paints one. */
function backgroundBehind(node: Element): Rgb {
  for (let at: Element | null = node; at; at = at.parentElement ?? ((at.getRootNode() as ShadowRoot).host ?? null)) {
    const colour = getComputedStyle(at).backgroundColor;
    const alpha = colour.startsWith('rgba') ? Number(colour.match(/[\d.]+/g)![3]) : 1;
    if (colour !== 'transparent' && alpha > 0) return rgb(colour);
  }
  return [255, 255, 255];
}

const vouchers = () => [
  voucher({ code: 'SOON-5', title: 'Soon', brand: 'ACME', value: { kind: 'percent', percent: 5 }, expiresAt: Date.now() + DAY, image: 'https://cdn.test/i.png', qrUrl: 'https://cdn.test/qr' }),
  voucher({ code: 'LATER-9', title: 'Later', description: 'Whole order', expiresAt: Date.now() + 20 * DAY }),
];
const provider = providerWith(vouchers);

/**
 * Tabs from a button before the tray until focus leaves it (for the button after it: focus
 * must stay in the page, or the next keys go to the browser's own UI): the parts focused on the way, each
 * checked for a visible focus ring (solid, 2px or more, 3:1 against what is behind it).
 */
async function tabStops(el: VoucherTray): Promise<string[]> {
  const before = el.previousElementSibling as HTMLElement;
  before.focus();
  const stops: string[] = [];
  for (let i = 0; i < 10; i++) {
    await sendKeys({ press: 'Tab' });
    const focused = root(el).activeElement;
    if (document.activeElement !== el || !focused) break;
    const name = focused.getAttribute('part') ?? '(none)';
    const style = getComputedStyle(focused);
    expect(style.outlineStyle, `${name} focus ring`).to.equal('solid');
    expect(parseFloat(style.outlineWidth), `${name} focus ring width`).to.be.at.least(2);
    // The ring is drawn 2px outside the control, on what is behind the control.
    expect(contrast(rgb(style.outlineColor), backgroundBehind(focused.parentElement!)), `${name} focus ring contrast`).to.be.at.least(3);
    stops.push(name);
  }
  return stops;
}

describe('accessibility', () => {
  let fake: FakeFetch;
  beforeEach(() => (fake = fakeBackend()));
  afterEach(() => fake.restore());

  describe('keyboard', () => {
    it('reaches every control of the list in reading order, with a visible focus ring', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div><button>before</button><voucher-tray provider=${provider} identity="a" token-endpoint="/token" locale="en"></voucher-tray><button>after</button></div>`);
      const el = wrapper.querySelector('voucher-tray')!;
      await settled(el);
      expect(await tabStops(el)).to.deep.equal(['copy-button', 'qr-link', 'copy-button']);
    });

    it('reaches and uses the login and retry buttons', async () => {
      const anonymous = await fixture<HTMLDivElement>(html`<div><button>before</button><voucher-tray provider=${provider} token-endpoint="/token"></voucher-tray><button>after</button></div>`);
      const login = anonymous.querySelector('voucher-tray')!;
      await login.updateComplete;
      expect(await tabStops(login)).to.deep.equal(['login-button']);
      login.shadowRoot!.querySelector<HTMLElement>('[part="login-button"]')!.focus();
      setTimeout(() => sendKeys({ press: 'Enter' }));
      await oneEvent(login, 'voucher-tray-login');

      fake.on('GET', '/vouchers', () => json({}, 500));
      const failing = await fixture<HTMLDivElement>(html`<div><button>before</button><voucher-tray provider=${provider} identity="a" token-endpoint="/token"></voucher-tray><button>after</button></div>`);
      const tray = failing.querySelector('voucher-tray')!;
      await settled(tray);
      expect(await tabStops(tray)).to.deep.equal(['retry-button']);
      fake.on('GET', '/vouchers', () => json({}));
      part(tray, 'retry-button')!.focus();
      setTimeout(() => sendKeys({ press: 'Enter' }));
      await oneEvent(tray, 'voucher-tray-load');
    });
  });

  describe('colour contrast of the default theme', () => {
    for (const scheme of ['light', 'dark'] as const) {
      it(`keeps text at 4.5:1 and the focus ring at 3:1 (${scheme})`, () => {
        const colours = palette(scheme);
        expect(Object.keys(colours)).to.include.members(['text', 'bg', 'card', 'muted', 'accent', 'accent-text', 'danger', 'soon', 'soon-bg', 'focus', 'stub', 'quiet', 'code-bg', 'ok', 'ok-bg']);
        for (const [fg, bg] of TEXT_PAIRS) {
          expect(contrast(colours[fg]!, colours[bg]!), `${fg} on ${bg}`).to.be.at.least(4.5);
        }
        for (const [fg, bg] of UI_PAIRS) {
          expect(contrast(colours[fg]!, colours[bg]!), `${fg} against ${bg}`).to.be.at.least(3);
        }
      });
    }

    for (const scheme of ['light', 'dark'] as const) {
      it(`renders with those colours: every text part at 4.5:1 against what is behind it, every state (${scheme})`, async () => {
        const everyState = providerWith(() => [
          ...vouchers(),
          voucher({ code: 'NEXT-1', title: 'Next', value: { kind: 'amount', amount: 5, currency: 'EUR' }, startsAt: Date.now() + 3 * DAY }),
          voucher({ code: 'USED-1', title: 'Used', brand: 'ACME', value: { kind: 'percent', percent: 10 }, status: 'used' }),
          voucher({ code: 'GONE-1', title: 'Gone', expiresAt: Date.now() - DAY }),
        ]);
        const page = await fixture<HTMLElement>(html`<div style="color-scheme: ${scheme}; background: ${scheme === 'dark' ? '#0d1117' : '#ffffff'}">
          <voucher-tray provider=${everyState} identity="a" token-endpoint="/token" locale="en" show-expired></voucher-tray>
        </div>`);
        const el = await settled(page.querySelector('voucher-tray')!);
        const names = ['brand', 'title', 'value', 'description', 'code', 'copy-button', 'expiry', 'soon', 'status', 'qr-link', 'unusable-heading'];
        const texts = names.flatMap((name) => parts(el, name)).filter((node) => !(node as HTMLButtonElement).disabled);
        expect(texts.length).to.be.at.least(16);
        for (const node of texts) {
          const ratio = contrast(rgb(getComputedStyle(node).color), backgroundBehind(node));
          expect(ratio, `${node.getAttribute('part')} "${node.textContent}"`).to.be.at.least(4.5);
        }
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('motion', () => {
    it('pulses the skeleton, and stops under prefers-reduced-motion', async () => {
      const rules = [...trayStyles.styleSheet!.cssRules];
      const reduce = rules.find((r): r is CSSMediaRule => r instanceof CSSMediaRule && /prefers-reduced-motion:\s*reduce/.test(r.conditionText));
      expect(reduce, 'a prefers-reduced-motion rule').to.exist;
      const inner = [...reduce!.cssRules] as CSSStyleRule[];
      expect(inner.some((r) => r.selectorText === '.skeleton' && r.style.animationName === 'none')).to.equal(true);

      fake.on('GET', '/vouchers', () => new Promise<Response>(() => undefined));
      const el = await fixture<VoucherTray>(html`<voucher-tray provider=${provider} identity="a" token-endpoint="/token"></voucher-tray>`);
      await el.updateComplete;
      const skeleton = part(el, 'skeleton')!;
      expect(getComputedStyle(skeleton).animationName).to.equal('pulse');
      let emulated = true;
      await emulateMedia({ reducedMotion: 'reduce' }).catch(() => (emulated = false));
      if (emulated) {
        try {
          expect(getComputedStyle(skeleton).animationName).to.equal('none');
        } finally {
          await emulateMedia({ reducedMotion: 'no-preference' });
        }
      }
    });
  });

  describe('right-to-left', () => {
    const box = (node: Element) => node.getBoundingClientRect();

    it('mirrors the layout under dir="rtl", keeping codes left-to-right', async () => {
      const page = await fixture<HTMLDivElement>(html`<div dir="rtl" lang="ar" style="width: 640px">
        <voucher-tray provider=${provider} identity="a" token-endpoint="/token" locale="en"></voucher-tray>
      </div>`);
      const el = page.querySelector('voucher-tray')!;
      await settled(el);
      expect(getComputedStyle(part(el, 'base')!).direction).to.equal('rtl');
      const first = parts(el, 'voucher')[0]!;
      const stub = first.querySelector('[part="stub"]')!;
      const content = first.querySelector('[part="content"]')!;
      expect(box(stub).left, 'stub (value and image) on the right').to.be.greaterThan(box(content).left);
      const code = first.querySelector('[part="code"]')!;
      const copy = first.querySelector('[part="copy-button"]')!;
      // Joined to it: edge to edge, within a rounding error.
      expect(box(copy).right, 'copy button left of the code').to.be.at.most(box(code).left + 0.5);
      expect(getComputedStyle(code).direction).to.equal('ltr');
      const title = first.querySelector('[part="title"]')!;
      // An English title still lines up with the right-hand edge of its column.
      const range = document.createRange();
      range.selectNodeContents(title);
      expect(box(title).right - range.getBoundingClientRect().right).to.be.below(2);
      await expect(el).to.be.accessible();
    });

    it('lays the same tray out left-to-right otherwise', async () => {
      const page = await fixture<HTMLDivElement>(html`<div style="width: 640px"><voucher-tray provider=${provider} identity="a" token-endpoint="/token" locale="en"></voucher-tray></div>`);
      const el = page.querySelector('voucher-tray')!;
      await settled(el);
      const first = parts(el, 'voucher')[0]!;
      expect(box(first.querySelector('[part="stub"]')!).left).to.be.lessThan(box(first.querySelector('[part="content"]')!).left);
      expect(box(first.querySelector('[part="copy-button"]')!).left).to.be.at.least(box(first.querySelector('[part="code"]')!).right - 0.5);
    });
  });
});
