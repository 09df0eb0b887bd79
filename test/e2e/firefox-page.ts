/**
 * Playwright's locator semantics (page-api.ts) over a puppeteer-core page in Firefox, for the
 * subset the specs use: CSS that pierces open shadow roots, `hasText`, `getByRole` by role and
 * accessible name, `getByPlaceholder`, `first()` / `nth()`, strict single-element actions that
 * wait for their element, and the trial click's hit test (fails when another element — our
 * panel or a badge — would receive the click).
 */
import type { ElementHandle, HTTPRequest, Page } from 'puppeteer-core';
import type { PageRequest } from '../../scripts/launch-firefox';
import type {
  ActionOptions,
  E2ELocator,
  E2EPage,
  LocatorOptions,
  RoleOptions,
  TextMatch,
} from './page-api';

/** A TextMatch that survives serialisation into the page. */
type SentMatch = { text: string } | { source: string; flags: string };

type Step =
  | { kind: 'css'; selector: string; hasText?: SentMatch }
  | { kind: 'role'; role: string; name?: SentMatch }
  | { kind: 'placeholder'; text: string; exact: boolean }
  | { kind: 'nth'; index: number };

const send = (match: TextMatch): SentMatch =>
  typeof match === 'string' ? { text: match } : { source: match.source, flags: match.flags };

/**
 * Runs in the page (serialised by puppeteer, so it must not close over anything): every element
 * the steps select, in document order. Like Playwright, CSS looks inside open shadow roots and a
 * string match is a case-insensitive substring of the whitespace-normalised text.
 */
function resolveSteps(steps: Step[]): Element[] {
  const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();
  const matches = (text: string, match: SentMatch) =>
    'text' in match
      ? normalise(text).toLowerCase().includes(normalise(match.text).toLowerCase())
      : new RegExp(match.source, match.flags).test(normalise(text));
  const deepQuery = (scope: Element | Document, selector: string): Element[] => {
    const found: Element[] = [];
    const visit = (root: Element | Document | ShadowRoot) => {
      for (const element of root.querySelectorAll(selector)) {
        if (!found.includes(element)) found.push(element);
      }
      for (const element of root.querySelectorAll('*'))
        if (element.shadowRoot) visit(element.shadowRoot);
    };
    visit(scope);
    if (scope instanceof Element && scope.shadowRoot) visit(scope.shadowRoot);
    return found;
  };
  const implicitRoles: Record<string, string> = {
    button: 'button, input[type="button"], input[type="submit"], input[type="reset"]',
    link: 'a[href]',
    checkbox: 'input[type="checkbox"]',
    radio: 'input[type="radio"]',
    textbox: 'input:not([type]), input[type="text"], textarea',
  };
  const accessibleName = (element: Element) => {
    const label = element.getAttribute('aria-label');
    if (label) return label;
    const labelledBy = element.getAttribute('aria-labelledby');
    if (labelledBy) {
      return labelledBy
        .split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' ');
    }
    if (element instanceof HTMLInputElement) return element.value;
    return element.textContent ?? '';
  };
  // Playwright's getByRole leaves out what is not in the accessibility tree.
  const inAccessibilityTree = (element: Element) =>
    !element.closest('[aria-hidden="true"]') &&
    element.checkVisibility({ visibilityProperty: true });
  let scopes: (Element | Document)[] = [document];
  for (const step of steps) {
    if (step.kind === 'nth') {
      const one = scopes[step.index];
      scopes = one ? [one] : [];
      continue;
    }
    const next: Element[] = [];
    for (const scope of scopes) {
      let found: Element[];
      if (step.kind === 'css') {
        found = deepQuery(scope, step.selector);
        const hasText = step.hasText;
        if (hasText) found = found.filter((element) => matches(element.textContent ?? '', hasText));
      } else if (step.kind === 'role') {
        const implicit = implicitRoles[step.role];
        found = deepQuery(scope, `[role="${step.role}"]${implicit ? `, ${implicit}` : ''}`).filter(
          inAccessibilityTree,
        );
        const name = step.name;
        if (name) found = found.filter((element) => matches(accessibleName(element), name));
      } else {
        found = deepQuery(scope, '[placeholder]').filter((element) => {
          const placeholder = element.getAttribute('placeholder') ?? '';
          return step.exact
            ? placeholder === step.text
            : placeholder.toLowerCase().includes(step.text.toLowerCase());
        });
      }
      for (const element of found) if (!next.includes(element)) next.push(element);
    }
    scopes = next;
  }
  return scopes as Element[];
}

/**
 * Runs in the page: whether a click at the element's centre lands on it (or inside it), looking
 * through open shadow roots as the browser's own hit test does; otherwise who would get it.
 */
function hitTest(element: Element): string | null {
  // Only when needed, as Playwright does: scrolling a virtualised list re-uses its rows.
  const before = element.getBoundingClientRect();
  const inView =
    before.top >= 0 &&
    before.left >= 0 &&
    before.bottom <= innerHeight &&
    before.right <= innerWidth;
  if (!inView) element.scrollIntoView({ block: 'center', inline: 'center' });
  const box = element.getBoundingClientRect();
  if (box.width === 0 || box.height === 0) return 'it has no box';
  const x = box.left + box.width / 2;
  const y = box.top + box.height / 2;
  let hit = document.elementFromPoint(x, y);
  while (hit?.shadowRoot) {
    const inner = hit.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === hit) break;
    hit = inner;
  }
  for (let node: Node | null = hit; node; node = node.parentNode ?? (node as ShadowRoot).host) {
    if (node === element) return null;
  }
  if (!hit) return 'nothing is at its centre';
  const root = hit.getRootNode();
  const owner = root instanceof ShadowRoot ? root.host : hit;
  return `<${owner.tagName.toLowerCase()} ${[...owner.attributes]
    .map((attribute) => `${attribute.name}="${attribute.value}"`)
    .join(' ')
    .slice(0, 160)}> would receive the click`;
}

/** Sets an input's value as typing would end, and tells the page's listeners. */
function fillElement(element: Element, value: string) {
  if (!(element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement)) {
    throw new Error(`fill: <${element.tagName.toLowerCase()}> is not an input`);
  }
  element.focus();
  const prototype = Object.getPrototypeOf(element) as object;
  Object.getOwnPropertyDescriptor(prototype, 'value')?.set?.call(element, value);
  element.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  element.dispatchEvent(new Event('change', { bubbles: true }));
}

function selectElementOption(element: Element, value: string) {
  if (!(element instanceof HTMLSelectElement)) throw new Error('selectOption: not a <select>');
  const option = [...element.options].find((o) => o.value === value || o.label === value);
  if (!option) throw new Error(`selectOption: no option ${value}`);
  element.value = option.value;
  element.dispatchEvent(new Event('input', { bubbles: true }));
  element.dispatchEvent(new Event('change', { bubbles: true }));
  return [option.value];
}

const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

export class FirefoxLocator implements E2ELocator {
  constructor(
    private readonly owner: FirefoxPage,
    private readonly steps: Step[],
    private readonly description: string,
  ) {}

  private with(step: Step, description: string) {
    return new FirefoxLocator(
      this.owner,
      [...this.steps, step],
      `${this.description}${description}`,
    );
  }

  first() {
    return this.nth(0);
  }
  nth(index: number) {
    return this.with({ kind: 'nth', index }, `.nth(${index})`);
  }
  locator(selector: string, options: LocatorOptions = {}) {
    const hasText = options.hasText === undefined ? undefined : send(options.hasText);
    return this.with({ kind: 'css', selector, hasText }, ` >> ${selector}`);
  }
  getByRole(role: string, options: RoleOptions = {}) {
    const name = options.name === undefined ? undefined : send(options.name);
    return this.with({ kind: 'role', role, name }, ` >> role=${role}[${String(options.name)}]`);
  }
  getByPlaceholder(text: string, options: { exact?: boolean } = {}) {
    return this.with(
      { kind: 'placeholder', text, exact: options.exact ?? false },
      ` >> placeholder=${text}`,
    );
  }

  private async handles(): Promise<ElementHandle<Element>[]> {
    const list = await this.owner.raw.evaluateHandle(resolveSteps, this.steps);
    const properties = await list.getProperties();
    await list.dispose();
    return [...properties.values()].flatMap((handle) => {
      const element = handle.asElement();
      return element ? [element as ElementHandle<Element>] : [];
    });
  }

  /** The one element (Playwright's strict mode), waited for up to the timeout. */
  private async single(options: ActionOptions = {}): Promise<ElementHandle<Element>> {
    const deadline = Date.now() + (options.timeout ?? this.owner.defaultTimeout);
    for (;;) {
      const found = await this.handles();
      if (found.length > 1) {
        throw new Error(
          `strict mode violation: ${this.description} matched ${found.length} elements`,
        );
      }
      if (found[0]) return found[0];
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${this.description}`);
      await sleep(100);
    }
  }

  async count() {
    const list = await this.owner.raw.evaluateHandle(resolveSteps, this.steps);
    try {
      return await list.evaluate((elements) => elements.length);
    } finally {
      await list.dispose();
    }
  }
  async all() {
    const count = await this.count();
    return Array.from({ length: count }, (_, index) => this.nth(index));
  }
  async getAttribute(name: string, options?: ActionOptions) {
    const element = await this.single(options);
    return element.evaluate((node, attribute) => node.getAttribute(attribute), name);
  }
  async textContent(options?: ActionOptions) {
    const element = await this.single(options);
    return element.evaluate((node) => node.textContent);
  }
  async evaluate<R, Arg = undefined>(
    fn: (element: Element, arg: Arg) => R | Promise<R>,
    arg?: Arg,
  ) {
    const element = await this.single();
    return (await element.evaluate(fn as never, arg as never)) as R;
  }
  async evaluateAll<R>(fn: (elements: Element[]) => R | Promise<R>) {
    const list = await this.owner.raw.evaluateHandle(resolveSteps, this.steps);
    try {
      return (await list.evaluate(fn as never)) as R;
    } finally {
      await list.dispose();
    }
  }

  async click(options: ActionOptions & { trial?: boolean } = {}) {
    const element = await this.single(options);
    const deadline = Date.now() + (options.timeout ?? this.owner.defaultTimeout);
    let blocked = await element.evaluate(hitTest);
    while (blocked && Date.now() < deadline) {
      await sleep(100);
      blocked = await element.evaluate(hitTest);
    }
    if (blocked) throw new Error(`click on ${this.description}: ${blocked}`);
    if (!options.trial) await element.click();
  }
  async hover(options?: ActionOptions) {
    await (await this.single(options)).hover();
  }
  async fill(value: string, options?: ActionOptions) {
    await (await this.single(options)).evaluate(fillElement, value);
  }
  private async setChecked(checked: boolean, options?: ActionOptions) {
    const element = await this.single(options);
    if ((await element.evaluate((node) => (node as HTMLInputElement).checked)) !== checked) {
      await this.click(options);
    }
    if ((await element.evaluate((node) => (node as HTMLInputElement).checked)) !== checked) {
      throw new Error(`${this.description} did not become ${checked ? 'checked' : 'unchecked'}`);
    }
  }
  check(options?: ActionOptions) {
    return this.setChecked(true, options);
  }
  uncheck(options?: ActionOptions) {
    return this.setChecked(false, options);
  }
  async selectOption(value: string, options?: ActionOptions) {
    return (await this.single(options)).evaluate(selectElementOption, value);
  }
  async scrollIntoViewIfNeeded(options?: ActionOptions) {
    await (
      await this.single(options)
    ).evaluate((node) => node.scrollIntoView({ block: 'nearest' }));
  }
}

export class FirefoxPage implements E2EPage {
  /** Where the tab was sent: moz-extension:// pages never report their load under BiDi. */
  private target = 'about:blank';
  defaultTimeout = 8_000;

  constructor(
    readonly raw: Page,
    onRequest: (request: PageRequest) => void,
  ) {
    raw.on('request', (request: HTTPRequest) => {
      const frames = request.initiator()?.stack?.callFrames ?? [];
      onRequest({
        url: request.url(),
        fromExtensionCode: frames.some((frame) => frame.url.startsWith('moz-extension://')),
        pageUrl: this.url(),
      });
    });
  }

  async goto(url: string) {
    this.target = url;
    if (!url.startsWith('moz-extension://')) return this.raw.goto(url);
    // BiDi never reports the load of an extension page: poll for its document instead (an
    // evaluation can fail while the navigation swaps documents — keep polling).
    this.raw.goto(url).catch(() => undefined);
    const deadline = Date.now() + this.defaultTimeout;
    const loaded = () =>
      this.raw
        .evaluate(
          (expected) => location.href === expected && document.readyState === 'complete',
          url,
        )
        .catch(() => false);
    while (!(await loaded())) {
      if (Date.now() > deadline) throw new Error(`${url} did not load`);
      await sleep(100);
    }
    return null;
  }
  url() {
    const now = this.raw.url();
    return now === 'about:blank' ? this.target : now;
  }
  locator(selector: string, options?: LocatorOptions) {
    return this.root().locator(selector, options);
  }
  getByRole(role: string, options?: RoleOptions) {
    return this.root().getByRole(role, options);
  }
  getByPlaceholder(text: string, options?: { exact?: boolean }) {
    return this.root().getByPlaceholder(text, options);
  }
  private root() {
    return new FirefoxLocator(this, [], 'page');
  }
  async evaluate<R, Arg = undefined>(fn: (arg: Arg) => R | Promise<R>, arg?: Arg) {
    return (await this.raw.evaluate(fn as never, arg as never)) as R;
  }
  on(event: 'pageerror', listener: (error: Error) => void) {
    // Firefox's BiDi error text starts with the error's name; Playwright's message does not.
    this.raw.on(event, (error: unknown) => {
      const { name, message } = error as Error;
      listener(
        new Error(message.startsWith(`${name}: `) ? message.slice(name.length + 2) : message),
      );
    });
    return this;
  }
  async bringToFront() {
    await this.raw.bringToFront();
  }
  waitForTimeout(ms: number) {
    return sleep(ms);
  }
  screenshot(options: { path: string; fullPage?: boolean }) {
    return this.raw.screenshot({
      path: options.path as `${string}.png`,
      fullPage: options.fullPage,
    });
  }
  async close() {
    await this.raw.close();
  }
}
