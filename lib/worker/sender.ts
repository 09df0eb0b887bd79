/**
 * Who may talk to the worker: this extension's own pages, and its content scripts on the hosts
 * it runs on. Anything else (another extension, a web page via externally_connectable, a content
 * script frame on a host we don't serve) is refused before its message is even read.
 */
import type { Browser } from 'wxt/browser';

/** The hosts of wxt.config / the content scripts' `matches`. */
const contentScriptHosts: readonly string[] = [
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

/**
 * Plain http only in the e2e build (wxt.config.ts `WXT_PLAIN_HTTP`): its fixture server serves
 * the real host names over http. A store build never trusts an `http:` page, which anyone on the
 * network path can forge.
 */
const plainHttpBuild: boolean = import.meta.env.WXT_PLAIN_HTTP === 'true';

function isContentScriptUrl(url: string | undefined, allowPlainHttp: boolean): boolean {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    return (
      (parsed.protocol === 'https:' || (allowPlainHttp && parsed.protocol === 'http:')) &&
      contentScriptHosts.includes(parsed.hostname)
    );
  } catch {
    return false;
  }
}

export function isTrustedSender(
  sender: Browser.runtime.MessageSender,
  self: ExtensionIdentity,
  allowPlainHttp: boolean = plainHttpBuild,
): boolean {
  if (sender.id !== self.id) return false;
  // An extension page (popup, options — also when the options page is open in a tab).
  if (sender.url?.startsWith(self.origin)) return true;
  // A content script: it runs in a tab, and its frame is on one of our hosts.
  return (
    sender.tab !== undefined && isContentScriptUrl(sender.url ?? sender.tab.url, allowPlainHttp)
  );
}
