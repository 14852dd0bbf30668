import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extract/pipeline';
import { recipeOf } from '../../../src/extract/metadata';
import { PROSE, parse } from '../../helpers';

const ingredients = ['250 g flour', '125 g butter', '2 eggs', '100 g sugar', '1 tsp baking powder'];
const steps = [
  'Rub the butter into the flour until it looks like breadcrumbs, then stir in the sugar and the baking powder.',
  'Beat the eggs, add them to the bowl and bring everything together into a soft dough with a knife.',
  'Bake on the middle shelf at 180 °C for about twenty minutes, until the top is golden and springs back.',
];
// The site's service box says more than any one step: Readability prefers it to the steps.
const serviceBox =
  '<div class="service"><p>Our kitchen team answers your questions about our products, recipes and ingredients from Monday to Friday. ' +
  'We are also there for complaints, guided tours of our test kitchen, seminars and cooking demonstrations; call us or write to us, we look forward to it.</p>' +
  '<p>Call us free of charge on weekdays between nine and four, or use the web chat on this page at any time of the day or night.</p></div>';

function recipePage(declaration: string): string {
  const table = `<table class="ingredients">${ingredients.map((line) => `<tr><td>${line.split(' ').slice(0, -1).join(' ')}</td><td>${line.split(' ').pop()}</td></tr>`).join('')}</table>`;
  const method = `<div class="steps">${steps.map((step, i) => `<div class="step"><span>${i + 1}</span><div><p>${step}</p></div></div>`).join('')}</div>`;
  return `<html><head><title>Shortbread</title>${declaration}</head><body><h1>Shortbread</h1><div class="top"><div class="box">${table}</div></div>` +
    `<div class="middle"><nav><a href="/a">More cakes</a> <a href="/b">More biscuits</a></nav></div><div class="bottom"><div class="col">${method}</div></div>${serviceBox}</body></html>`;
}

describe('recipe', () => {
  it('reads a schema.org Recipe: ingredients, steps as strings, HowToSteps and HowToSections', () => {
    const recipe = recipeOf([
      { '@type': 'WebSite', name: 'Kitchen' },
      {
        '@type': ['Recipe'],
        recipeIngredient: ingredients,
        recipeInstructions: [{ '@type': 'HowToSection', itemListElement: [{ '@type': 'HowToStep', text: steps[0] }] }, { '@type': 'HowToStep', text: steps[1] }, steps[2]],
      },
    ]);
    expect(recipe).toEqual({ ingredients, steps });
    expect(recipeOf([{ '@type': 'NewsArticle', headline: 'x' }])).toBeNull();
  });

  it('puts the ingredients and the steps together where Readability took the service box', () => {
    const declared = JSON.stringify({ '@context': 'https://schema.org', '@type': 'Recipe', recipeIngredient: ingredients, recipeInstructions: steps.map((text) => ({ '@type': 'HowToStep', text })) });
    const result = extract(parse(recipePage(`<script type="application/ld+json">${declared}</script>`)));
    expect(result.ok).toBe(true);
    const text = result.ok ? result.article.text : '';
    expect(text).toContain('butter');
    expect(text).toContain('Bake on the middle shelf');
    expect(text.indexOf('125 g')).toBeLessThan(text.indexOf('Rub the butter'));
    expect(text).not.toContain('kitchen team');
  });

  it('adds the steps after a blog post that holds the story and the ingredients but not the steps', () => {
    const declared = JSON.stringify({ '@type': 'Recipe', recipeIngredient: ingredients, recipeInstructions: steps });
    const story = PROSE.map((p) => `<p>${p}</p>`).join('');
    const table = `<ul>${ingredients.map((line) => `<li>${line}</li>`).join('')}</ul>`;
    const html = `<html><head><script type="application/ld+json">${declared}</script></head><body><article><h1>Shortbread</h1>${story}${table}</article>` +
      `<div class="method"><div><ol>${steps.map((step) => `<li><span>${step}</span></li>`).join('')}</ol></div></div></body></html>`;
    const result = extract(parse(html));
    const text = result.ok ? result.article.text : '';
    expect(text).toContain(PROSE[0]);
    expect(text.indexOf('125 g butter')).toBeLessThan(text.indexOf('Beat the eggs'));
  });

  it('reads the same recipe from microdata', () => {
    const html = recipePage('')
      .replace('<body>', '<body itemscope itemtype="https://schema.org/Recipe">')
      .replace(/<tr>/g, '<tr itemprop="recipeIngredient">')
      .replace('<div class="steps">', '<div class="steps" itemprop="recipeInstructions">');
    const result = extract(parse(html));
    const text = result.ok ? result.article.text : '';
    expect(text).toContain('2 | eggs');
    expect(text).toContain('Beat the eggs');
  });

  it('leaves a page without a declared recipe alone', () => {
    const result = extract(parse(recipePage('')), { debug: true });
    expect(result.ok && result.article.text).toContain('kitchen team');
  });
});
