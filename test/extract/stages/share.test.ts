import { describe, expect, it } from 'vitest';
import { share } from '../../../src/extract/stages/share';
import { article, runStage } from '../../helpers';

describe('share', () => {
  it('removes share bars by name, label or share links', () => {
    const run = runStage(
      share,
      article(
        '<div class="social-share"><a href="https://vk.com/share.php?u=x">VK</a></div>' +
          '<div><p>Расскажите о новости друзьям</p></div>' +
          '<div><a href="https://www.facebook.com/sharer/sharer.php?u=x">f</a><a href="https://twitter.com/intent/tweet?u=x">t</a></div>',
      ),
    );
    expect(run.removals).toHaveLength(3);
  });

  it('removes a "follow us" line left without its icons, and keeps a sentence that says it', () => {
    const run = runStage(share, article('<p>Nos siga no</p><p><strong>Folgen Sie uns auf:</strong></p><p>分享到：</p><p>Follow us on the trail as we walk from the harbour to the old mill.</p>'));
    expect(run.removals.map((removal) => removal.text)).toEqual(['Nos siga no', 'Folgen Sie uns auf:', '分享到：']);
  });

  it('keeps a sentence about sharing', () => {
    const run = runStage(share, article('<p>Neighbours began to share tools and cars after the bus line closed, and the habit stayed.</p>'));
    expect(run.removals).toEqual([]);
  });

  it('keeps a label\'s words that are part of a paragraph\'s sentence, and takes the label alone', () => {
    const sentence = '<p>We make training data for machine learning. <a href="/company"><b>Follow us</b></a> to stay up to date on industry trends.</p>';
    const run = runStage(share, article(`${sentence}<div><a href="/company"><b>Follow us</b></a></div>`));
    expect(run.removals.map((r) => r.text)).toEqual(['Follow us']);
    expect(run.text).toContain('Follow us to stay up to date');
  });
});
