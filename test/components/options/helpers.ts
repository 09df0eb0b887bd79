/** The real worker behind fakeBrowser, and a capture of what the page offers for download. */
import { afterEach, beforeEach, vi } from 'vitest';
import type { ComponentChild } from 'preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createWorker } from '@/lib/worker/handlers';
import { mount, unmount } from '../popup/helpers';

export function startWorker(nowMs?: number) {
  const worker = createWorker(undefined, nowMs === undefined ? undefined : () => nowMs);
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => worker.handle(message));
  return worker;
}

/**
 * What every options-page test file sets up: before each test a clean fakeBrowser, no mocks left
 * over and the real worker (its clock at `nowMs` when given); after it, what the test mounted is
 * unmounted. Mount through the returned `mount` so it is.
 */
export function useOptionsTest(nowMs?: number) {
  let host: HTMLElement | undefined;
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
    startWorker(nowMs);
  });
  afterEach(async () => {
    await unmount(host);
    host = undefined;
  });
  return { mount: async (node: ComponentChild) => (host = await mount(node)) };
}

/** The button whose whole text is `name`; throws when there is none. */
export function buttonNamed(root: ParentNode, name: string): HTMLButtonElement {
  const found = [...root.querySelectorAll('button')].find((button) => button.textContent === name);
  if (!found) throw new Error(`no button ${name}`);
  return found;
}

export interface Download {
  filename: string;
  text: () => Promise<string>;
  type: string;
}

/** Every <a download> click, with its blob, instead of a real download. */
export function captureDownloads(): Download[] {
  const downloads: Download[] = [];
  const blobs = new Map<string, Blob>();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    const blob = blobs.get(this.href);
    if (blob) downloads.push({ filename: this.download, text: () => blob.text(), type: blob.type });
  });
  return downloads;
}

/** Picks a file in an <input type=file>, as the user's file dialog would. */
export function pickFile(input: HTMLInputElement, file: File) {
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}
