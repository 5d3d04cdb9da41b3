// <voucher-tray> in a React 19 app: once through the typed wrapper (`voucher-tray/react`),
// once as a plain element, which React 19 supports natively (properties for names the
// element has, attributes for the rest, `on<event-name>` props as listeners).
import { expect, waitUntil } from '@open-wc/testing';
import { createElement, createRef, useState, type Dispatch, type ReactElement, type SetStateAction } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { VoucherTrayApplyEvent, VoucherTrayLoadEvent, VoucherTrayLoginEvent } from '../../src/element/events.js';
import { VoucherTray, type VoucherTrayProps } from '../../src/frameworks/react.js';
import type { VoucherTray as VoucherTrayElement } from '../../src/element/voucher-tray.js';
import {
  APPLY_URL,
  LOGIN_URL,
  SHOPPERS,
  STRINGS,
  TOKEN_ENDPOINT,
  TrayEventLog,
  itFollowsTheAppState,
  type MountedApp,
  type TrayAppState,
} from './tray-app-scenario.js';

interface AppProps {
  initial: TrayAppState;
  log: TrayEventLog;
}

type SetState = Dispatch<SetStateAction<TrayAppState>>;

function logInHandler(log: TrayEventLog, setState: SetState) {
  return (event: VoucherTrayLoginEvent) => {
    log.record(event);
    event.preventDefault();
    setState((state) => ({ ...state, identity: SHOPPERS[state.provider] }));
  };
}

function loadHandler(log: TrayEventLog, setShown: (count: number) => void) {
  return (event: VoucherTrayLoadEvent) => {
    log.record(event);
    setShown(event.detail.vouchers.length);
  };
}

/** The app's own cart: "Use now" is cancelled and the code applied here. */
function applyHandler(log: TrayEventLog, setCart: (code: string) => void) {
  return (event: VoucherTrayApplyEvent) => {
    log.record(event);
    event.preventDefault();
    setCart(event.detail.voucher.code);
  };
}

function controls(setState: SetState, shown: number | undefined, cart: string): ReactElement[] {
  const switchToVoucherify = () =>
    setState((state) => ({ provider: 'voucherify', identity: state.identity && SHOPPERS.voucherify }));
  return [
    createElement('output', { key: 'shown' }, shown === undefined ? '' : `${shown} vouchers`),
    createElement('output', { key: 'cart', 'data-cart': '' }, cart),
    createElement('button', { key: 'switch', type: 'button', 'data-action': 'switch', onClick: switchToVoucherify }, 'Voucherify'),
    createElement(
      'button',
      { key: 'logout', type: 'button', 'data-action': 'logout', onClick: () => setState((state) => ({ ...state, identity: '' })) },
      'Log out',
    ),
  ];
}

function WrapperApp({ initial, log }: AppProps): ReactElement {
  const [state, setState] = useState(initial);
  const [shown, setShown] = useState<number>();
  const [cart, setCart] = useState('');
  return createElement(
    'div',
    null,
    createElement(VoucherTray, {
      provider: state.provider,
      identity: state.identity,
      tokenEndpoint: TOKEN_ENDPOINT,
      loginUrl: LOGIN_URL,
      applyUrl: APPLY_URL,
      strings: STRINGS,
      onVoucherTrayLogin: logInHandler(log, setState),
      onVoucherTrayApply: applyHandler(log, setCart),
      onVoucherTrayView: log.record,
      onVoucherTrayLoad: loadHandler(log, setShown),
      onVoucherTrayError: log.record,
      onVoucherTrayCopy: log.record,
    }),
    ...controls(setState, shown, cart),
  );
}

function PlainElementApp({ initial, log }: AppProps): ReactElement {
  const [state, setState] = useState(initial);
  const [shown, setShown] = useState<number>();
  const [cart, setCart] = useState('');
  return createElement(
    'div',
    null,
    createElement('voucher-tray', {
      provider: state.provider,
      identity: state.identity,
      'token-endpoint': TOKEN_ENDPOINT,
      'login-url': LOGIN_URL,
      'apply-url': APPLY_URL,
      strings: STRINGS,
      'onvoucher-tray-login': logInHandler(log, setState),
      'onvoucher-tray-apply': applyHandler(log, setCart),
      'onvoucher-tray-view': log.record,
      'onvoucher-tray-load': loadHandler(log, setShown),
      'onvoucher-tray-error': log.record,
      'onvoucher-tray-copy': log.record,
    }),
    ...controls(setState, shown, cart),
  );
}

describe('<voucher-tray> in React', () => {
  let mounted: { root: Root; host: HTMLElement } | undefined;

  function mount(App: (props: AppProps) => ReactElement, initial: TrayAppState): MountedApp {
    const host = document.body.appendChild(document.createElement('div'));
    const log = new TrayEventLog();
    const root = createRoot(host);
    root.render(createElement(App, { initial, log }));
    mounted = { root, host };
    return { host, log };
  }

  afterEach(() => {
    mounted?.root.unmount();
    mounted?.host.remove();
    mounted = undefined;
  });

  for (const [name, App] of [
    ['the voucher-tray/react wrapper', WrapperApp],
    ['the plain element', PlainElementApp],
  ] as const) {
    describe(name, () => itFollowsTheAppState((initial) => mount(App, initial)));
  }

  it('gives a ref to the wrapper the element itself', async () => {
    const ref = createRef<VoucherTrayElement>();
    const host = document.body.appendChild(document.createElement('div'));
    const root = createRoot(host);
    mounted = { root, host };
    root.render(createElement(VoucherTray, { ref, provider: 'spaaza' }));
    await waitUntil(() => ref.current, 'the ref was never set');
    expect(ref.current).to.equal(host.querySelector('voucher-tray'));
    expect(ref.current!.vouchers).to.deep.equal([]);
  });

  it('hands voucher-tray-scan to onVoucherTrayScan when a code is shown at the till', async () => {
    const ref = createRef<VoucherTrayElement>();
    const host = document.body.appendChild(document.createElement('div'));
    const root = createRoot(host);
    mounted = { root, host };
    const scanned: string[] = [];
    root.render(
      createElement(VoucherTray, { ref, provider: 'spaaza', identity: SHOPPERS.spaaza, tokenEndpoint: TOKEN_ENDPOINT, scan: true, onVoucherTrayScan: (event) => scanned.push(event.detail.voucher.code) }),
    );
    const button = () => ref.current?.shadowRoot?.querySelector<HTMLElement>('[part="scan-button"]');
    await waitUntil(button, 'no scan button', { timeout: 8000 });
    button()!.click();
    await waitUntil(() => scanned.length === 1, 'onVoucherTrayScan was not called', { timeout: 5000 });
    expect(ref.current!.vouchers.map((v) => v.code)).to.include(scanned[0]);
    ref.current!.shadowRoot!.querySelector('dialog')!.close();
  });

  it('types the wrapper from the element and its events (checked by tsc)', () => {
    const props: VoucherTrayProps = {
      provider: 'spaaza',
      showExpired: true,
      onVoucherTrayCopy: (event) => expect(event.detail.voucher.code).to.be.a('string'),
      onVoucherTrayError: (event) => expect(event.detail.kind).to.be.a('string'),
    };
    // @ts-expect-error show-expired is a boolean property
    const mistyped: VoucherTrayProps = { showExpired: 'yes' };
    // @ts-expect-error a load listener does not get an error event
    const wrongEvent: VoucherTrayProps = { onVoucherTrayLoad: (event: CustomEvent<{ kind: string }>) => event.detail.kind };
    expect(createElement(VoucherTray, props).props).to.include({ provider: 'spaaza' });
    expect([mistyped, wrongEvent]).to.have.length(2);
  });
});
