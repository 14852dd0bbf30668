import { describe, expect, it } from 'vitest';
import { absoluteUrls } from '../../../src/extract/stages/absolute-urls';
import { runStage } from '../../helpers';

describe('absolute-urls', () => {
  it('resolves links, images and srcsets against the page address', () => {
    const run = runStage(absoluteUrls, '<a href="../b.html">b</a><a href="#note">n</a><img src="/i.jpg" srcset="/i-1x.jpg 1x, i-2x.jpg 2x">', { baseUrl: 'https://site.example/news/a/page.html' });
    const [b, note] = Array.from(run.root.querySelectorAll('a'));
    expect(b?.getAttribute('href')).toBe('https://site.example/news/b.html');
    expect(note?.getAttribute('href')).toBe('#note');
    expect(run.root.querySelector('img')?.getAttribute('src')).toBe('https://site.example/i.jpg');
    expect(run.root.querySelector('img')?.getAttribute('srcset')).toBe('https://site.example/i-1x.jpg 1x, https://site.example/news/a/i-2x.jpg 2x');
  });
});
