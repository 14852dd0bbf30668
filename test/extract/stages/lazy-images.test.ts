import { describe, expect, it } from 'vitest';
import { isPlaceholderSrc, lazyImages } from '../../../src/extract/stages/lazy-images';
import { runStage } from '../../helpers';

describe('lazy-images', () => {
  it('swaps placeholders for the lazy-loaded address', () => {
    const run = runStage(lazyImages, '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="/a.jpg"><img src="/blank.gif" data-lazy-src="/b.jpg" data-srcset="/b-640.jpg 640w">');
    const [a, b] = Array.from(run.root.querySelectorAll('img'));
    expect(a?.getAttribute('src')).toBe('/a.jpg');
    expect(b?.getAttribute('src')).toBe('/b.jpg');
    expect(b?.getAttribute('srcset')).toBe('/b-640.jpg 640w');
  });

  it('drops an image with nothing to show and keeps real ones', () => {
    const run = runStage(lazyImages, '<img class="a"><img class="b" src="/photo.jpg">');
    expect(run.root.querySelector('.a')).toBeNull();
    expect(run.root.querySelector('.b')).not.toBeNull();
    expect(isPlaceholderSrc('/images/photo-of-a-pixel-artist.jpg')).toBe(true);
    expect(isPlaceholderSrc('/images/harbour.jpg')).toBe(false);
  });
});
