import { describe, expect, it } from 'vitest';
import { repeatedCaption } from '../../../src/extract/stages/repeated-caption';
import { runStage } from '../../helpers';

describe('repeated-caption', () => {
  it('removes a caption that repeats the lead, credit and all', () => {
    const run = runStage(repeatedCaption, '<h2>Officials must switch to Max faster</h2><figure><img src="a.jpg"><figcaption>Officials must switch to Max faster <span>Photo: </span></figcaption></figure>');
    expect(run.removals.map((r) => r.reason)).toEqual(['repeated-caption']);
    expect(run.root.querySelector('figcaption')).toBeNull();
  });

  it('keeps a caption equal to the alt text and empties the alt instead', () => {
    const run = runStage(repeatedCaption, '<figure><img src="a.jpg" alt="A frog on a leaf"><figcaption>A frog on a leaf</figcaption></figure>');
    expect(run.root.querySelector('figcaption')?.textContent).toBe('A frog on a leaf');
    expect(run.root.querySelector('img')?.getAttribute('alt')).toBe('');
  });

  it('removes the second of two identical gallery captions', () => {
    const figure = '<figure><img src="a.jpg"><figcaption>The new bridge at night</figcaption></figure>';
    const run = runStage(repeatedCaption, figure + figure);
    expect(run.root.querySelectorAll('figcaption')).toHaveLength(1);
  });
});
