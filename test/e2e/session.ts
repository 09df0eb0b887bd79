/** What the harness needs of a browser with the extension, whichever browser it is. */
import type { E2EContext } from './page-api';

export type BrowserName = 'chromium' | 'firefox';

/** Who sent a request: the page itself, or some part of the extension. */
export type { RequestSource } from '../../scripts/launch-firefox';
import type { RequestSource } from '../../scripts/launch-firefox';
export interface SeenRequest {
  url: string;
  source: RequestSource;
}

/** An error or warning the browser logged from the extension's own code. */
export interface ExtensionLogEntry {
  level: string;
  source: string;
  message: string;
}

export interface BrowserSession {
  name: BrowserName;
  context: E2EContext;
  /** chrome-extension://<id> or moz-extension://<uuid> */
  extensionOrigin: string;
  /** The extension's host part of that origin. */
  extensionId: string;
  /** The background script's URL as the browser runs it (service worker or background page). */
  backgroundUrl: string;
  /** Every request seen so far, attributed. */
  network(): SeenRequest[];
  /** Makes the background context itself fetch `url` (to prove the watcher catches it). */
  fetchFromBackground(url: string): Promise<void>;
  /** Errors and warnings from the extension's code, where the browser lets a test read them. */
  extensionLog(): Promise<ExtensionLogEntry[]>;
  close(): Promise<void>;
}

export const extensionSchemes = ['chrome-extension://', 'moz-extension://'];
export const isExtensionUrl = (url: string) =>
  extensionSchemes.some((scheme) => url.startsWith(scheme));
