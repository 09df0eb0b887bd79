/**
 * The part of Playwright's Page / Locator API that e2e specs may use, so that one spec runs in
 * both browsers: in Chromium these are Playwright's own objects, in Firefox the same calls are
 * made over puppeteer-core by firefox-page.ts. A spec that needs more adds it here and there —
 * the type checker then shows the Firefox side what is missing.
 */

export type TextMatch = string | RegExp;

export interface LocatorOptions {
  hasText?: TextMatch;
}

export interface RoleOptions {
  name?: TextMatch;
}

export interface ActionOptions {
  timeout?: number;
}

export interface E2ELocator {
  first(): E2ELocator;
  nth(index: number): E2ELocator;
  locator(selector: string, options?: LocatorOptions): E2ELocator;
  getByRole(role: string, options?: RoleOptions): E2ELocator;
  getByPlaceholder(text: string, options?: { exact?: boolean }): E2ELocator;
  count(): Promise<number>;
  all(): Promise<E2ELocator[]>;
  getAttribute(name: string, options?: ActionOptions): Promise<string | null>;
  textContent(options?: ActionOptions): Promise<string | null>;
  evaluate<R, Arg = undefined>(
    fn: (element: Element, arg: Arg) => R | Promise<R>,
    arg?: Arg,
  ): Promise<R>;
  evaluateAll<R>(fn: (elements: Element[]) => R | Promise<R>): Promise<R>;
  click(options?: ActionOptions & { trial?: boolean }): Promise<void>;
  hover(options?: ActionOptions): Promise<void>;
  fill(value: string, options?: ActionOptions): Promise<void>;
  check(options?: ActionOptions): Promise<void>;
  uncheck(options?: ActionOptions): Promise<void>;
  selectOption(value: string, options?: ActionOptions): Promise<unknown>;
  scrollIntoViewIfNeeded(options?: ActionOptions): Promise<void>;
}

export interface E2EPage {
  goto(url: string): Promise<unknown>;
  url(): string;
  locator(selector: string, options?: LocatorOptions): E2ELocator;
  getByRole(role: string, options?: RoleOptions): E2ELocator;
  getByPlaceholder(text: string, options?: { exact?: boolean }): E2ELocator;
  evaluate<R, Arg = undefined>(fn: (arg: Arg) => R | Promise<R>, arg?: Arg): Promise<R>;
  on(event: 'pageerror', listener: (error: Error) => void): unknown;
  bringToFront(): Promise<void>;
  waitForTimeout(ms: number): Promise<void>;
  screenshot(options: { path: string; fullPage?: boolean }): Promise<unknown>;
  close(): Promise<void>;
}

/** What specs use of the browser context: new tabs. */
export interface E2EContext {
  newPage(): Promise<E2EPage>;
}
