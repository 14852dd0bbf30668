import { describe, expect, it } from 'vitest';
import { imageCredits } from '../../../src/extract/stages/image-credits';
import { runStage } from '../../helpers';

describe('image-credits', () => {
  it('removes captions that are only a credit', () => {
    const run = runStage(imageCredits, '<figure><img src="a.jpg"><figcaption>Image copyright Getty Images</figcaption></figure><figure><img src="b.jpg"><figcaption>Photo: AP</figcaption></figure><figure><img src="c.jpg"><figcaption>Image source: Mountain Press.</figcaption></figure>' +
        '<figure><img src="d.jpg"><figcaption><p>Image source: Getty Images.</p></figcaption></figure>');
    expect(run.removals).toHaveLength(4);
  });

  it('knows a German post picture\'s label and a picture taken "via" somewhere', () => {
    const run = runStage(imageCredits, '<figure><img src="a.jpg"><figcaption>Beitragsbild: Titelseite vom 2.4.2019, Ausriss.</figcaption></figure><figure><img src="b.jpg"><figcaption>Photo via Unsplash</figcaption></figure><figure><img src="c.jpg"><figcaption>Photographs of the harbour at dawn</figcaption></figure>');
    expect(run.removals.map((r) => r.text)).toEqual(['Beitragsbild: Titelseite vom 2.4.2019, Ausriss.', 'Photo via Unsplash']);
  });

  it('removes a doubled credit label with a name, and a bare address under a picture', () => {
    const run = runStage(imageCredits, '<figure><img src="a.jpg"><figcaption>CreditCredit Jane Doe/The Daily Courier</figcaption></figure><p><img src="b.jpg"></p><img src="c.jpg"><p>agency.com</p>');
    expect(run.removals.map((r) => r.text)).toEqual(['CreditCredit Jane Doe/The Daily Courier', 'agency.com']);
  });

  it('removes a credit in its own block under a block that is only the picture', () => {
    const run = runStage(
      imageCredits,
      '<p>The show was moved to May.</p><p><img src="a.jpg"></p><p>Bild: Jahr Media</p><picture><img src="b.jpg"></picture><div><p><small>(crédito: Minervino Júnior/CB/D.A.Press)</small></p></div><p>The organisers said so on Monday.</p>',
    );
    expect(run.removals.map((r) => r.text)).toEqual(['Bild: Jahr Media', '(crédito: Minervino Júnior/CB/D.A.Press)']);
    expect(run.text).toBe('The show was moved to May. The organisers said so on Monday.');
  });

  it('removes the credit line from the caption’s box under the picture, and keeps the caption', () => {
    const run = runStage(
      imageCredits,
      '<p>The lizards came back.</p><div><a><picture><img src="a.jpg"></picture></a><div><p>The Redonda tree lizard, one of the reptiles that rebounded.</p><p>Photograph by <span>Ed Marshall, Restoration Programme</span></p></div></div>',
    );
    expect(run.removals.map((r) => r.text)).toEqual(['Photograph by Ed Marshall, Restoration Programme']);
    expect(run.text).toContain('The Redonda tree lizard');
  });

  it('keeps captions about the picture', () => {
    const run = runStage(imageCredits, '<figure><img src="a.jpg"><figcaption>Photo of the new bridge at dawn</figcaption></figure><img src="b.jpg"><p>The mayor opened the bridge on Monday.</p>');
    expect(run.removals).toEqual([]);
  });

  it('keeps a real caption that ends with a credit', () => {
    const run = runStage(imageCredits, '<figure><img src="a.jpg"><figcaption>Volunteers clear the river bank. Photo: Coast Herald</figcaption></figure>');
    expect(run.removals).toEqual([]);
  });
});
