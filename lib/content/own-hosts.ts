/**
 * The extension's own hosts, known by identity — never by tag name: a page can create elements
 * named `ks-check-badge` with `data-check-*` attributes of its own, or wrap its text in one to hide
 * it from the readers. Only an element mounted by lib/content/mount.ts is ours.
 *
 * Shadow roots are closed in store builds (the page's scripts cannot rewrite a verdict's glyph),
 * so this map is also the one handle on them: for our own code (panel-host.ts) and the tests. The
 * e2e build (`WXT_OPEN_SHADOW_ROOTS`, scripts/launch-chromium.ts) keeps them open for its helpers.
 */
const roots = new WeakMap<Node, ShadowRoot>();

export const shadowRootMode: ShadowRootMode =
  import.meta.env.WXT_OPEN_SHADOW_ROOTS === 'true' ? 'open' : 'closed';

export function registerOwnHost(host: Element, root: ShadowRoot): void {
  roots.set(host, root);
}

export function isOwnHost(node: Node): boolean {
  return roots.has(node);
}

/** The shadow root of one of our hosts; null for any other element. */
export function shadowOf(host: Node | null | undefined): ShadowRoot | null {
  return (host && roots.get(host)) ?? null;
}
