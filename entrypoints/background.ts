import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { installStorageReadProbe } from '@/lib/storage/read-probe';
import { createWorker } from '@/lib/worker/handlers';

export default defineBackground(() => {
  // Registered synchronously: an MV3 worker woken by a message must have its listener in place
  // before the first await, or that message is lost.
  installStorageReadProbe();
  const worker = createWorker();
  const self = { id: browser.runtime.id, origin: browser.runtime.getURL('/') };
  browser.runtime.onMessage.addListener((message: unknown, sender) =>
    worker.answer(message, sender, self),
  );
});
