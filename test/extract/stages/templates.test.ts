import { describe, expect, it } from 'vitest';
import { templates } from '../../../src/extract/stages/templates';
import { article, runStage } from '../../helpers';

describe('templates', () => {
  it('removes unrendered placeholders and the boxes they leave empty', () => {
    const run = runStage(templates, article('<div class="author">{{author.id ? author.name : author.author}}</div><p>Price: [[ item.price ]] today</p><template><p>row</p></template>'));
    expect(run.text).not.toMatch(/\{\{|\[\[/);
    expect(run.root.querySelector('.author')).toBeNull();
    expect(run.text).toContain('Price: today');
  });

  it('keeps placeholders in code samples', () => {
    const run = runStage(templates, article('<pre><code>{{ page.title }}</code></pre><p>Use <code>${name}</code> in strings.</p>'));
    expect(run.text).toContain('{{ page.title }}');
    expect(run.text).toContain('${name}');
  });
});
