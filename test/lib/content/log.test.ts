import { afterEach, describe, expect, it, vi } from 'vitest';
import { logOnce, resetLogOnce } from '@/lib/content/log';

describe('logOnce', () => {
  afterEach(() => {
    resetLogOnce();
    window.dispatchEvent(new Event('pageshow'));
    vi.restoreAllMocks();
  });

  it('logs each kind of error once, with the prefix', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    logOnce('evaluate', new Error('down'));
    logOnce('evaluate', new Error('down'));
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toBe('[快手助手]');
  });

  it('says nothing while the page unloads (the browser closing the channel), again once it is back', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    window.dispatchEvent(new Event('pagehide'));
    logOnce('evaluate', new Error('NS_ERROR_NOT_INITIALIZED'));
    expect(warn).not.toHaveBeenCalled();
    window.dispatchEvent(new Event('pageshow'));
    logOnce('evaluate', new Error('down'));
    expect(warn).toHaveBeenCalledTimes(1);
  });
});
