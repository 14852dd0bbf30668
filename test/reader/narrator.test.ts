import { describe, expect, it } from 'vitest';
import { chooseVoice, sentencesOf, spokenBlocks } from '../../src/reader/narrator';
import { parseBody } from '../helpers';

const voice = (name: string, lang: string, extra: Partial<SpeechSynthesisVoice> = {}) =>
  ({ name, lang, voiceURI: name, default: false, localService: true, ...extra }) as SpeechSynthesisVoice;

describe('read aloud: what is read', () => {
  it('reads headings, paragraphs and list items in order, and skips captions, code and tables', () => {
    const body = parseBody(
      `<h2>Heading</h2><p>First paragraph.</p><figure><img src="a.jpg"><figcaption>Caption text</figcaption></figure>` +
        `<ul><li>Item one</li><li><p>Item two</p></li></ul><pre><code>let x = 1;</code></pre><table><tr><td>Cell</td></tr></table><p>Last.</p>`,
      'jsdom',
    );
    expect(spokenBlocks(body).map((block) => block.textContent)).toEqual(['Heading', 'First paragraph.', 'Item one', 'Item two', 'Last.']);
  });

  it("splits sentences in the article's language and maps each onto the text it covers", () => {
    const body = parseBody('<p>Это первое предложение, т. е. начало. <b>Второе</b> предложение здесь! И третье?</p>', 'jsdom');
    const sentences = sentencesOf(body.querySelector('p')!, 'ru');
    expect(sentences.map((s) => s.text)).toEqual(['Это первое предложение, т. е. начало.', 'Второе предложение здесь!', 'И третье?']);
    // The range runs across the <b>: the highlight covers the sentence exactly.
    expect(sentences.map((s) => s.range.toString())).toEqual(sentences.map((s) => s.text));
  });
});

describe('read aloud: the voice', () => {
  const voices = [voice('English', 'en-US', { default: true }), voice('Russian A', 'ru-RU'), voice('Russian B', 'ru')];

  it("takes a voice of the article's language, and the reader's own choice when it is still there", () => {
    expect(chooseVoice(voices, 'ru-RU', undefined)?.name).toBe('Russian A');
    expect(chooseVoice(voices, 'ru', undefined)?.name).toBe('Russian B');
    expect(chooseVoice(voices, 'ru-RU', 'Russian B')?.name).toBe('Russian B');
    expect(chooseVoice(voices, 'ru-RU', 'gone')?.name).toBe('Russian A');
  });

  it("prefers the language's home region to another region's variant", () => {
    const regional = [voice('Russian (Latvia)', 'ru-LV'), voice('Russian', 'ru-RU')];
    expect(chooseVoice(regional, 'ru', undefined)?.name).toBe('Russian');
  });

  it('leaves the choice to the browser when no voice speaks the language, and takes the default without a language', () => {
    expect(chooseVoice(voices, 'el', undefined)).toBeNull();
    expect(chooseVoice(voices, null, undefined)?.name).toBe('English');
  });
});
