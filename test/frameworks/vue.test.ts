// <voucher-tray> in a Vue 3 app: once from a template compiled in the browser (the full
// build, with `compilerOptions.isCustomElement` as an app sets it), once from a render
// function whose props are typed by the `voucher-tray/vue` GlobalComponents entry.
import './node-env.js';
// The full build registers Vue's template compiler; everything else comes from `vue`.
import 'vue/dist/vue.esm-bundler.js';
import { expect } from '@open-wc/testing';
import { createApp, defineComponent, h, reactive, ref, type App, type Component, type GlobalComponents } from 'vue';
import type { VoucherTrayApplyEvent, VoucherTrayLoadEvent, VoucherTrayLoginEvent } from '../../src/element/events.js';
import '../../src/element/define.js';
import type {} from '../../src/frameworks/vue.js';
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

/** What a template may pass to <voucher-tray>, as vue-tsc sees it. */
type TrayTemplateProps = InstanceType<GlobalComponents['voucher-tray']>['$props'];

type MakeApp = (initial: TrayAppState, log: TrayEventLog) => Component;

/** The app's state and actions, shared by both ways of rendering it. */
function useTrayApp(initial: TrayAppState, log: TrayEventLog) {
  const state = reactive({ ...initial });
  const shown = ref<number>();
  const cart = ref('');
  return {
    state,
    shown,
    cart,
    /** The app's own cart: "Use now" is cancelled and the code applied here. */
    applyInCart(event: VoucherTrayApplyEvent) {
      log.record(event);
      event.preventDefault();
      cart.value = event.detail.voucher.code;
    },
    logIn(event: VoucherTrayLoginEvent) {
      log.record(event);
      event.preventDefault();
      state.identity = SHOPPERS[state.provider];
    },
    showLoaded(event: VoucherTrayLoadEvent) {
      log.record(event);
      shown.value = event.detail.vouchers.length;
    },
    switchToVoucherify() {
      state.identity = state.identity && SHOPPERS.voucherify;
      state.provider = 'voucherify';
    },
    logOut() {
      state.identity = '';
    },
  };
}

const templateApp: MakeApp = (initial, log) =>
  defineComponent({
    setup: () => ({ ...useTrayApp(initial, log), record: log.record, LOGIN_URL, APPLY_URL, STRINGS }),
    template: `
      <voucher-tray
        :provider="state.provider"
        :identity="state.identity"
        token-endpoint="${TOKEN_ENDPOINT}"
        :login-url="LOGIN_URL"
        :apply-url="APPLY_URL"
        :strings="STRINGS"
        @voucher-tray-login="logIn"
        @voucher-tray-apply="applyInCart"
        @voucher-tray-view="record"
        @voucher-tray-load="showLoaded"
        @voucher-tray-error="record"
        @voucher-tray-copy="record"
      ></voucher-tray>
      <output>{{ shown === undefined ? '' : shown + ' vouchers' }}</output>
      <output data-cart>{{ cart }}</output>
      <button type="button" data-action="switch" @click="switchToVoucherify">Voucherify</button>
      <button type="button" data-action="logout" @click="logOut">Log out</button>`,
  });

const renderFunctionApp: MakeApp = (initial, log) =>
  defineComponent({
    setup() {
      const app = useTrayApp(initial, log);
      return () => {
        const props: TrayTemplateProps = {
          provider: app.state.provider,
          identity: app.state.identity,
          tokenEndpoint: TOKEN_ENDPOINT,
          loginUrl: LOGIN_URL,
          applyUrl: APPLY_URL,
          strings: STRINGS,
          onVoucherTrayLogin: app.logIn,
          onVoucherTrayApply: app.applyInCart,
          onVoucherTrayView: log.record,
          onVoucherTrayLoad: app.showLoaded,
          onVoucherTrayError: log.record,
          onVoucherTrayCopy: log.record,
        };
        return [
          h('voucher-tray', props),
          h('output', app.shown.value === undefined ? '' : `${app.shown.value} vouchers`),
          h('output', { 'data-cart': '' }, app.cart.value),
          h('button', { type: 'button', 'data-action': 'switch', onClick: app.switchToVoucherify }, 'Voucherify'),
          h('button', { type: 'button', 'data-action': 'logout', onClick: app.logOut }, 'Log out'),
        ];
      };
    },
  });

describe('<voucher-tray> in Vue', () => {
  let mounted: { app: App; host: HTMLElement } | undefined;

  function mount(make: MakeApp, initial: TrayAppState): MountedApp {
    const host = document.body.appendChild(document.createElement('div'));
    const log = new TrayEventLog();
    const app = createApp(make(initial, log));
    app.config.compilerOptions.isCustomElement = (tag) => tag === 'voucher-tray';
    app.mount(host);
    mounted = { app, host };
    return { host, log };
  }

  afterEach(() => {
    mounted?.app.unmount();
    mounted?.host.remove();
    mounted = undefined;
  });

  for (const [name, make] of [
    ['a template', templateApp],
    ['a render function', renderFunctionApp],
  ] as const) {
    describe(`from ${name}`, () => itFollowsTheAppState((initial) => mount(make, initial)));
  }

  it('types the template props and events through GlobalComponents (checked by tsc)', () => {
    const props: TrayTemplateProps = {
      provider: 'spaaza',
      showExpired: true,
      class: 'tray',
      onVoucherTrayCopy: (event) => expect(event.detail.voucher.code).to.be.a('string'),
      onVoucherTrayError: (event) => expect(event.detail.kind).to.be.a('string'),
    };
    // @ts-expect-error show-expired is a boolean property
    const mistyped: TrayTemplateProps = { showExpired: 'yes' };
    // @ts-expect-error a load listener does not get an error event
    const wrongEvent: TrayTemplateProps = { onVoucherTrayLoad: (event: CustomEvent<{ kind: string }>) => event.detail.kind };
    expect(h('voucher-tray', props).props).to.include({ provider: 'spaaza' });
    expect([mistyped, wrongEvent]).to.have.length(2);
  });
});
