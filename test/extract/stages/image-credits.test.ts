import { describe, expect, it } from 'vitest';
import { imageCredits } from '../../../src/extract/stages/image-credits';
import { runStage } from '../../helpers';

describe('image-credits', () => {
  it('removes captions that are only a credit', () => {
    const run = runStage(imageCredits, '<figure><img src="a.jpg"><figcaption>Image copyright Getty Images</figcaption></figure><figure><img src="b.jpg"><figcaption>Photo: AP</figcaption></figure>');
    expect(run.removals).toHaveLength(2);
  });

  it('keeps a real caption that ends with a credit', () => {
    const run = runStage(imageCredits, '<figure><img src="a.jpg"><figcaption>Volunteers clear the river bank. Photo: Coast Herald</figcaption></figure>');
    expect(run.removals).toEqual([]);
  });
});
