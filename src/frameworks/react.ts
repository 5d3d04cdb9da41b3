// `voucher-tray/react`: the tray as a React component, for apps that want typed props and
// `onVoucherTray…` event props. React 19 can also render <voucher-tray> directly; see
// docs/frameworks.md. React and @lit/react are optional peer dependencies, never bundled.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import type {
  VoucherTrayCopyEvent,
  VoucherTrayErrorEvent,
  VoucherTrayLoadEvent,
  VoucherTrayLoginEvent,
  VoucherTrayApplyEvent,
  VoucherTrayViewEvent,
  VoucherTrayScanEvent,
} from '../element/events.js';
import { VoucherTray as VoucherTrayElement } from '../element/voucher-tray.js';
import '../element/define.js';

/**
 * `<voucher-tray>` for React. Every element property (`provider`, `identity`, `tokenEndpoint`,
 * `strings`…) is a prop set on the element; events arrive on `onVoucherTrayLoad`,
 * `onVoucherTrayError`, `onVoucherTrayCopy`, `onVoucherTrayLogin`, `onVoucherTrayApply`
 * (cancel it to apply the code in the app's own cart), `onVoucherTrayView` and
 * `onVoucherTrayScan`; a `ref` gets the element.
 */
export const VoucherTray = createComponent({
  react: React,
  tagName: 'voucher-tray',
  elementClass: VoucherTrayElement,
  displayName: 'VoucherTray',
  events: {
    onVoucherTrayLoad: 'voucher-tray-load' as EventName<VoucherTrayLoadEvent>,
    onVoucherTrayError: 'voucher-tray-error' as EventName<VoucherTrayErrorEvent>,
    onVoucherTrayCopy: 'voucher-tray-copy' as EventName<VoucherTrayCopyEvent>,
    onVoucherTrayLogin: 'voucher-tray-login' as EventName<VoucherTrayLoginEvent>,
    onVoucherTrayApply: 'voucher-tray-apply' as EventName<VoucherTrayApplyEvent>,
    onVoucherTrayView: 'voucher-tray-view' as EventName<VoucherTrayViewEvent>,
    onVoucherTrayScan: 'voucher-tray-scan' as EventName<VoucherTrayScanEvent>,
  },
});

/** The props of the {@link VoucherTray} React component. */
export type VoucherTrayProps = React.ComponentProps<typeof VoucherTray>;
