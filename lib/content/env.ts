/**
 * What every page feature gets: the WXT context (timers and listeners die with it), the worker's
 * message client, the live settings, the price recorder and the history cache. Passed in, so
 * tests give a stubbed worker and the real DOM.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { MessageType, ResponseData } from '@/core/messages';
import type { OutgoingMessageOf } from '@/lib/messaging';
import type { PriceHistory } from '@/core/messages';
import type { MountUi } from './mount';
import type { ObservationRecorder } from './observations';
import type { SettingsStore } from './settings-store';

export type Send = <T extends MessageType>(
  message: OutgoingMessageOf<T>,
) => Promise<ResponseData[T]>;

export interface ContentEnv {
  ctx: ContentScriptContext;
  send: Send;
  settings: SettingsStore;
  recorder: ObservationRecorder;
  history: (itemId: string) => Promise<PriceHistory | null>;
  mount: MountUi;
  doc: Document;
  url: () => string;
  now: () => number;
}

/** A running page feature: re-rendered when settings change, stopped on navigation. */
export interface Feature {
  refresh(): void;
  stop(): void;
}
