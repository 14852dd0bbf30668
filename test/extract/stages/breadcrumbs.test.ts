import { describe, expect, it } from 'vitest';
import { breadcrumbs } from '../../../src/extract/stages/breadcrumbs';
import { runStage } from '../../helpers';

describe('breadcrumbs', () => {
  it('drops a trail of links called a breadcrumb', () => {
    const run = runStage(
      breadcrumbs,
      '<ul class="breadcrumb"><li>You are here</li><li><a href="/news">News</a></li><li>&gt;</li><li><a href="/news/region">Region</a></li></ul><p>The council met on Monday.</p>',
    );
    expect(run.root.querySelector('.breadcrumb')).toBeNull();
    expect(run.root.textContent).toContain('The council met on Monday.');
  });

  it('drops a trail that ends on the page\'s own title, and keeps a title block called so', () => {
    const run = runStage(
      breadcrumbs,
      '<div class="breadcrumb"><p><a href="/">Home</a> : <a href="/arts">Entertainment</a> : Singer turns to a new treatment after a long illness</p></div>' +
        '<div class="breadcrumb-title"><h1>Singer turns to a new treatment</h1><a href="/">Home</a> <a href="/arts">Arts</a></div>',
    );
    expect(run.root.querySelector('.breadcrumb')).toBeNull();
    expect(run.root.querySelector('.breadcrumb-title h1')).not.toBeNull();
  });

  it('keeps a block that wears the name but is text, and a long one', () => {
    const prose = '<div class="breadcrumb-note">The trail of crumbs led the investigators to a warehouse near the port.</div>';
    const long = `<div id="breadcrumbs"><a href="/a">Home</a> ${'<p>A paragraph of the story that happens to sit in this box.</p>'.repeat(8)}</div>`;
    const run = runStage(breadcrumbs, prose + long);
    expect(run.root.querySelector('.breadcrumb-note')).not.toBeNull();
    expect(run.root.querySelector('#breadcrumbs')).not.toBeNull();
  });
});
