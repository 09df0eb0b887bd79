/** The real worker behind fakeBrowser, and a capture of what the page offers for download. */
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createWorker } from '@/lib/worker/handlers';

export function startWorker(nowMs?: number) {
  const worker = createWorker(undefined, nowMs === undefined ? undefined : () => nowMs);
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => worker.handle(message));
  return worker;
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
