import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { updateBadge } from '../../src/background/index';
import { READERABLE_FILE } from '../../src/messaging/client';
import { saveSettings } from '../../src/settings/store';
import { DEFAULT_SETTINGS } from '../../src/settings/settings';

// The toolbar mark asks the page with Readability's quick test alone, never with the page agent.
describe('article mark on the toolbar icon', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  async function markFor(answer: unknown, { allowed = true, showBadge = true } = {}) {
    await saveSettings({ ...DEFAULT_SETTINGS, showBadge }, DEFAULT_SETTINGS);
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(allowed);
    const inject = vi.fn().mockResolvedValue([{ frameId: 0, result: answer }]);
    (fakeBrowser as unknown as { scripting: unknown }).scripting = { executeScript: inject };
    const setText = vi.spyOn(fakeBrowser.action, 'setBadgeText').mockResolvedValue();
    vi.spyOn(fakeBrowser.action, 'setBadgeBackgroundColor').mockResolvedValue();
    await updateBadge(7, 'https://news.example/story');
    return { inject, setText };
  }

  it('injects only the readerable test and marks an article', async () => {
    const { inject, setText } = await markFor(true);
    expect(inject).toHaveBeenCalledWith({ target: { tabId: 7 }, files: [READERABLE_FILE] });
    expect(setText).toHaveBeenCalledWith({ tabId: 7, text: '✓' });
  });

  it('clears the mark where the answer is no, or no answer came', async () => {
    expect((await markFor(false)).setText).toHaveBeenCalledWith({ tabId: 7, text: '' });
    expect((await markFor(undefined)).setText).toHaveBeenCalledWith({ tabId: 7, text: '' });
  });

  it('asks nothing of the page unless the reader turned the mark on and allowed it', async () => {
    expect((await markFor(true, { showBadge: false })).inject).not.toHaveBeenCalled();
    expect((await markFor(true, { allowed: false })).inject).not.toHaveBeenCalled();
  });
});
