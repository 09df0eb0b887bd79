/**
 * Who may talk to the worker: this extension's own pages, and its content scripts on the hosts
 * it runs on. Anything else (another extension, a web page via externally_connectable, a content
 * script frame on a host we don't serve) is refused before its message is even read.
 */
import type { Browser } from 'wxt/browser';

/** The hosts of wxt.config / the content scripts' `matches`. */
export const contentScriptHosts: readonly string[] = [
  's.kwaixiaodian.com',
  'zs.kwaixiaodian.com',
  'live.kuaishou.com',
  'app.kwaixiaodian.com',
];

export interface ExtensionIdentity {
  /** `browser.runtime.id` */
  id: string;
  /** `browser.runtime.getURL('')`, e.g. `chrome-extension://<id>/` */
  origin: string;
}

function isContentScriptUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    // http too: the end-to-end fixtures serve the real host names over plain http.
    return (
      (parsed.protocol === 'https:' || parsed.protocol === 'http:') &&
      contentScriptHosts.includes(parsed.hostname)
    );
  } catch {
    return false;
  }
}

export function isTrustedSender(
  sender: Browser.runtime.MessageSender,
  self: ExtensionIdentity,
): boolean {
  if (sender.id !== self.id) return false;
  // An extension page (popup, options — also when the options page is open in a tab).
  if (sender.url?.startsWith(self.origin)) return true;
  // A content script: it runs in a tab, and its frame is on one of our hosts.
  return sender.tab !== undefined && isContentScriptUrl(sender.url ?? sender.tab.url);
}
