import { describe, expect, it } from 'vitest';
import { emptyWrappers } from '../../../src/extract/stages/empty-wrappers';
import { runStage } from '../../helpers';

describe('empty-wrappers', () => {
  it('removes nested empty boxes and keeps media and table cells', () => {
    const run = runStage(emptyWrappers, '<div class="gone"><div><span> </span></div></div><figure><img src="a.jpg"></figure><table><tr><td></td><td>x</td></tr></table><p>text</p>');
    expect(run.root.querySelector('.gone')).toBeNull();
    expect(run.root.querySelector('img')).not.toBeNull();
    expect(run.root.querySelectorAll('td')).toHaveLength(2);
    expect(run.text).toBe('x text');
  });

  it('keeps a line break wrapped in an inline element, which separates the text around it', () => {
    const run = runStage(emptyWrappers, '<p><span>Bench</span><span><br></span><span>Price: $299</span></p><div class="gap"><br></div>');
    expect(run.root.querySelectorAll('br')).toHaveLength(1);
    expect(run.root.querySelector('.gap')).toBeNull();
  });

  it('keeps the whitespace-only spans of highlighted code', () => {
    const run = runStage(emptyWrappers, '<pre><code><span class="k">from</span><span class="w"> </span><span class="n">typing</span><span class="w"> </span><span class="k">import</span></code></pre>');
    expect(run.removals).toEqual([]);
    expect(run.root.querySelector('pre')?.textContent).toBe('from typing import');
  });
});
