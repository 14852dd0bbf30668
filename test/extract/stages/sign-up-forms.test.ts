import { describe, expect, it } from 'vitest';
import { signUpForms } from '../../../src/extract/stages/sign-up-forms';
import { PROSE, article, runStage } from '../../helpers';

const countries = Array.from({ length: 120 }, (_, i) => `<option>Country number ${i}</option>`).join('');
const FIELDS =
  '<div><label>Votre adresse électronique (obligatoire)</label><input type="email" name="courriel"></div>' +
  `<div><label>Prénom</label><input type="text" name="prenom"></div><div><label>Pays</label><select>${countries}</select></div><button>Envoyer</button>`;

describe('sign-up-forms', () => {
  it('removes a form that asks for an email address, all of it, its list of countries too, also when one box holds it all', () => {
    const run = runStage(signUpForms, `${article()}<form action="/join">${FIELDS}</form><div><form><div>${FIELDS}</div></form></div>`);
    expect(run.removals.map((r) => r.reason)).toEqual(['subscription', 'subscription']);
    expect(run.text).not.toMatch(/adresse|Prénom|Country number/);
    expect(run.text).toContain(PROSE[2]);
  });

  it('keeps a search form, and a page-wide form that holds the article', () => {
    const search = '<form action="/search"><input type="text" name="q"><button>Search</button></form>';
    const pageWide = `<form action="/page.aspx">${article()}<div class="newsletter"><input type="email" name="email"><button>Go</button></div></form>`;
    expect(runStage(signUpForms, `${search}${article()}`).removals).toEqual([]);
    expect(runStage(signUpForms, pageWide).removals).toEqual([]);
  });
});
