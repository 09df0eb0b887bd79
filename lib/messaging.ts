/**
 * The typed client every surface (content script, popup, options page) uses to ask the worker.
 * Type-only imports from core/messages: the content script bundles this file and has a 25 KB
 * gzip budget, so zod must not come along at runtime.
 */
import { browser } from 'wxt/browser';
import type { z } from 'zod';
import type { FieldIssue } from '@/core/request';
import type { MessageType, Response, ResponseData, requestMessage } from '@/core/messages';

/** What a caller sends: the schema's input shape (defaults such as `source` may be left out). */
export type OutgoingMessage = z.input<typeof requestMessage>;
export type OutgoingMessageOf<T extends MessageType> = Extract<OutgoingMessage, { type: T }>;

/** A refusal from the worker, with the field paths when the worker named them. */
export class WorkerError extends Error {
  readonly issues: FieldIssue[];
  /** `storage-full`: the save failed for want of space, not for what was typed. */
  readonly code: string | undefined;
  constructor(type: string, error: string, issues: FieldIssue[] = [], code?: string) {
    super(`The extension's worker refused "${type}": ${error}`);
    this.name = 'WorkerError';
    this.issues = issues;
    this.code = code;
  }
}

/** A save refused because storage is full (the popup and options say so in words). */
export const isStorageFull = (error: unknown) =>
  error instanceof WorkerError && error.code === 'storage-full';

export async function sendMessage<T extends MessageType>(
  message: OutgoingMessageOf<T>,
): Promise<ResponseData[T]> {
  const reply = (await browser.runtime.sendMessage(message)) as Response<T> | undefined;
  if (reply === undefined || reply === null || typeof reply !== 'object') {
    // No worker answered (e.g. the extension was reloaded under an open page).
    throw new WorkerError(message.type, 'no answer (was the extension reloaded?)');
  }
  if (!reply.ok) throw new WorkerError(message.type, reply.error, reply.issues, reply.code);
  return reply.data;
}
