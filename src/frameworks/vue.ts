// `voucher-tray/vue`: types only. It teaches Vue's template type checking (Volar, vue-tsc)
// the props and events of <voucher-tray>; nothing here runs and Vue is never imported at
// runtime. An app opts in once, e.g. in `env.d.ts`:
//
//   import type {} from 'voucher-tray/vue';
import type { EmitFn, HTMLAttributes, ReservedProps } from 'vue';
import type {
  VoucherTrayCopyEvent,
  VoucherTrayErrorEvent,
  VoucherTrayLoadEvent,
  VoucherTrayLoginEvent,
  VoucherTrayApplyEvent,
  VoucherTrayViewEvent,
  VoucherTrayScanEvent,
} from '../element/events.js';
import type { VoucherTray } from '../element/voucher-tray.js';

/** The tray's events by name, as a template binds them (`@voucher-tray-load="…"`). */
export interface VoucherTrayEvents {
  'voucher-tray-load': VoucherTrayLoadEvent;
  'voucher-tray-error': VoucherTrayErrorEvent;
  'voucher-tray-copy': VoucherTrayCopyEvent;
  'voucher-tray-login': VoucherTrayLoginEvent;
  'voucher-tray-apply': VoucherTrayApplyEvent;
  'voucher-tray-view': VoucherTrayViewEvent;
  'voucher-tray-scan': VoucherTrayScanEvent;
}

/** The element properties a template may bind; `token-endpoint="…"` checks as `tokenEndpoint`. */
export type VoucherTrayVueProps = Partial<
  Pick<
    VoucherTray,
    | 'provider'
    | 'identity'
    | 'tokenEndpoint'
    | 'apiBase'
    | 'codes'
    | 'locale'
    | 'currency'
    | 'loginUrl'
    | 'applyUrl'
    | 'showExpired'
    | 'scan'
    | 'debug'
    | 'strings'
  >
> & {
  // Vue compiles `@voucher-tray-load` to `onVoucherTrayLoad` and listens to `voucher-tray-load`.
  onVoucherTrayLoad?: (event: VoucherTrayLoadEvent) => void;
  onVoucherTrayError?: (event: VoucherTrayErrorEvent) => void;
  onVoucherTrayCopy?: (event: VoucherTrayCopyEvent) => void;
  onVoucherTrayLogin?: (event: VoucherTrayLoginEvent) => void;
  onVoucherTrayApply?: (event: VoucherTrayApplyEvent) => void;
  onVoucherTrayView?: (event: VoucherTrayViewEvent) => void;
  onVoucherTrayScan?: (event: VoucherTrayScanEvent) => void;
};

/** What Vue sees for `<voucher-tray>`: the element itself, plus its template props and events. */
export type VoucherTrayVueComponent = new () => VoucherTray & {
  /** For template type checking only; the element has no `$props` at runtime. */
  $props: HTMLAttributes & ReservedProps & VoucherTrayVueProps;
  /** For template type checking only; the element has no `$emit` at runtime. */
  $emit: EmitFn<{ [K in keyof VoucherTrayEvents]: (event: VoucherTrayEvents[K]) => void }>;
};

declare module 'vue' {
  interface GlobalComponents {
    'voucher-tray': VoucherTrayVueComponent;
  }
}
