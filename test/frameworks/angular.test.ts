// <voucher-tray> in an Angular app: a standalone component compiled just in time, zoneless,
// with CUSTOM_ELEMENTS_SCHEMA so that the template may bind the element's properties
// (`[identity]`), attributes (`[attr.provider]`) and events (`(voucher-tray-load)`).
// Angular's packages are partially compiled: the JIT compiler must be loaded before them.
import '@angular/compiler';
import {
  ApplicationRef,
  CUSTOM_ELEMENTS_SCHEMA,
  Component,
  InjectionToken,
  inject,
  provideZonelessChangeDetection,
  signal,
} from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import type { VoucherTrayApplyEvent, VoucherTrayLoadEvent, VoucherTrayLoginEvent } from '../../src/element/events.js';
import '../../src/element/define.js';
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

const INITIAL_STATE = new InjectionToken<TrayAppState>('initial tray state');
const EVENT_LOG = new InjectionToken<TrayEventLog>('tray event log');

@Component({
  selector: 'tray-test-app',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <voucher-tray
      [attr.provider]="provider()"
      [identity]="identity()"
      token-endpoint="${TOKEN_ENDPOINT}"
      [attr.login-url]="loginUrl"
      [applyUrl]="applyUrl"
      [strings]="strings"
      (voucher-tray-login)="logIn($event)"
      (voucher-tray-apply)="applyInCart($event)"
      (voucher-tray-view)="log.record($event)"
      (voucher-tray-load)="showLoaded($event)"
      (voucher-tray-error)="log.record($event)"
      (voucher-tray-copy)="log.record($event)"
    ></voucher-tray>
    <output>{{ shown() === undefined ? '' : shown() + ' vouchers' }}</output>
    <output data-cart>{{ cart() }}</output>
    <button type="button" data-action="switch" (click)="switchToVoucherify()">Voucherify</button>
    <button type="button" data-action="logout" (click)="identity.set('')">Log out</button>
  `,
})
class TrayTestApp {
  readonly log = inject(EVENT_LOG);
  private readonly initial = inject(INITIAL_STATE);
  readonly provider = signal(this.initial.provider);
  readonly identity = signal(this.initial.identity);
  readonly shown = signal<number | undefined>(undefined);
  readonly cart = signal('');
  readonly loginUrl = LOGIN_URL;
  readonly applyUrl = APPLY_URL;
  readonly strings = STRINGS;

  logIn(event: VoucherTrayLoginEvent): void {
    this.log.record(event);
    event.preventDefault();
    this.identity.set(SHOPPERS[this.provider()]);
  }

  /** The app's own cart: "Use now" is cancelled and the code applied here. */
  applyInCart(event: VoucherTrayApplyEvent): void {
    this.log.record(event);
    event.preventDefault();
    this.cart.set(event.detail.voucher.code);
  }

  showLoaded(event: VoucherTrayLoadEvent): void {
    this.log.record(event);
    this.shown.set(event.detail.vouchers.length);
  }

  switchToVoucherify(): void {
    this.identity.update((identity) => identity && SHOPPERS.voucherify);
    this.provider.set('voucherify');
  }
}

describe('<voucher-tray> in Angular', () => {
  let mounted: { app: ApplicationRef; host: HTMLElement } | undefined;

  async function mount(initial: TrayAppState): Promise<MountedApp> {
    const host = document.body.appendChild(document.createElement('tray-test-app'));
    const log = new TrayEventLog();
    const app = await bootstrapApplication(TrayTestApp, {
      providers: [
        provideZonelessChangeDetection(),
        { provide: INITIAL_STATE, useValue: initial },
        { provide: EVENT_LOG, useValue: log },
      ],
    });
    mounted = { app, host };
    return { host, log };
  }

  afterEach(() => {
    mounted?.app.destroy();
    mounted?.host.remove();
    mounted = undefined;
  });

  itFollowsTheAppState(mount);
});
