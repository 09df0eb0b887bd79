import { afterEach, describe, expect, it, vi } from 'vitest';
import { logOnce, resetLogOnce } from '@/lib/content/log';

describe('logOnce', () => {
  afterEach(() => {
    resetLogOnce();
    vi.restoreAllMocks();
  });

  it('logs each kind of error once, with the prefix', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    logOnce('evaluate', new Error('down'));
    logOnce('evaluate', new Error('down'));
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toBe('[快手助手]');
  });
});
