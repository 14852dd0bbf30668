// Read aloud with the browser's own speech synthesis, sentence by sentence: the sentence being
// read is highlighted and kept in view, and reading goes on through paragraphs, headings and
// list items. Captions, code and tables are not read. Sentences are split by Intl.Segmenter in
// the article's language, so "т. е." or "Dr." do not end a sentence where the language says so.

export interface Sentence {
  block: Element;
  text: string;
  range: Range;
}

const SPOKEN = 'h1, h2, h3, h4, h5, h6, p, li, dt, dd, blockquote';
const SILENT = 'figcaption, figure, pre, code, table, .cr-meta, math, svg';

/** The blocks read aloud, in order: the innermost spoken blocks, none inside what is skipped. */
export function spokenBlocks(root: Element): Element[] {
  return Array.from(root.querySelectorAll(SPOKEN)).filter(
    (block) => !block.closest(SILENT) && !block.querySelector(SPOKEN) && /\S/.test(block.textContent ?? ''),
  );
}

export function sentencesOf(block: Element, lang: string | null): Sentence[] {
  const doc = block.ownerDocument;
  const texts: Text[] = [];
  const walker = doc.createTreeWalker(block, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
  const whole = texts.map((text) => text.data).join('');
  const segmenter = new Intl.Segmenter(lang ?? undefined, { granularity: 'sentence' });
  const sentences: Sentence[] = [];
  for (const { segment, index } of segmenter.segment(whole)) {
    const text = segment.trim();
    if (!/[\p{L}\p{N}]/u.test(text)) continue;
    const start = index + (segment.length - segment.trimStart().length);
    const range = doc.createRange();
    const from = locate(texts, start);
    const to = locate(texts, start + text.length);
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
    sentences.push({ block, text, range });
  }
  return sentences;
}

function locate(texts: Text[], offset: number): { node: Text; offset: number } {
  let passed = 0;
  for (const node of texts) {
    if (offset <= passed + node.data.length) return { node, offset: offset - passed };
    passed += node.data.length;
  }
  const last = texts[texts.length - 1]!;
  return { node: last, offset: last.data.length };
}

export type NarratorState = 'idle' | 'playing' | 'paused';

export interface NarratorOptions {
  synth: SpeechSynthesis;
  lang: string | null;
  voice(): SpeechSynthesisVoice | null;
  rate(): number;
  onState(state: NarratorState, sentence: Sentence | null): void;
}

const HIGHLIGHT = 'cr-narrate';

export class Narrator {
  private sentences: Sentence[] | null = null;
  private index = 0;
  private state: NarratorState = 'idle';
  /** Each utterance knows its turn: the end of one cancelled by pause or skip is not the cue for the next. */
  private turn = 0;

  constructor(private readonly root: Element, private readonly options: NarratorOptions) {}

  get current(): Sentence | null {
    return this.all()[this.index] ?? null;
  }

  play(): void {
    if (this.all().length === 0) return;
    this.setState('playing');
    this.speak();
  }

  pause(): void {
    if (this.state !== 'playing') return;
    this.turn++;
    this.options.synth.cancel();
    this.setState('paused');
  }

  stop(): void {
    this.turn++;
    this.options.synth.cancel();
    this.index = 0;
    clearHighlight(this.root);
    this.setState('idle');
  }

  /** To the first sentence of the next (+1) or previous (−1) block. */
  skip(direction: 1 | -1): void {
    const sentences = this.all();
    const block = sentences[this.index]?.block;
    let at = this.index;
    if (direction === 1) while (at < sentences.length && sentences[at]!.block === block) at++;
    else {
      while (at > 0 && sentences[at - 1]!.block === block) at--;
      if (at > 0) {
        const previous = sentences[at - 1]!.block;
        at--;
        while (at > 0 && sentences[at - 1]!.block === previous) at--;
      }
    }
    if (at >= sentences.length) return this.stop();
    this.index = at;
    if (this.state === 'playing') {
      this.turn++;
      this.options.synth.cancel();
      this.speak();
    } else this.show();
  }

  private all(): Sentence[] {
    this.sentences ??= spokenBlocks(this.root).flatMap((block) => sentencesOf(block, this.options.lang));
    return this.sentences;
  }

  private speak(): void {
    const sentence = this.all()[this.index];
    if (!sentence) return this.stop();
    const turn = ++this.turn;
    const utterance = new SpeechSynthesisUtterance(sentence.text);
    const voice = this.options.voice();
    if (voice) utterance.voice = voice;
    utterance.lang = voice?.lang ?? this.options.lang ?? '';
    utterance.rate = this.options.rate();
    utterance.onend = () => {
      if (turn !== this.turn || this.state !== 'playing') return;
      this.index++;
      this.speak();
    };
    utterance.onerror = (event) => {
      if (turn !== this.turn || event.error === 'interrupted' || event.error === 'canceled') return;
      this.stop();
    };
    this.show();
    this.options.synth.speak(utterance);
  }

  private show(): void {
    const sentence = this.all()[this.index];
    if (!sentence) return;
    highlight(this.root, sentence);
    this.options.onState(this.state, sentence);
  }

  private setState(state: NarratorState): void {
    this.state = state;
    this.options.onState(state, this.current);
  }
}

function highlight(root: Element, sentence: Sentence): void {
  clearHighlight(root);
  sentence.block.setAttribute('data-narrating', '');
  const view = root.ownerDocument.defaultView as (Window & typeof globalThis) | null;
  // The Custom Highlight API marks the sentence without touching the article's markup.
  if (view && 'highlights' in view.CSS && typeof view.Highlight === 'function') view.CSS.highlights.set(HIGHLIGHT, new view.Highlight(sentence.range));
  const still = view?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? true;
  sentence.block.scrollIntoView({ block: 'nearest', behavior: still ? 'auto' : 'smooth' });
}

function clearHighlight(root: Element): void {
  for (const block of Array.from(root.querySelectorAll('[data-narrating]'))) block.removeAttribute('data-narrating');
  const view = root.ownerDocument.defaultView as (Window & typeof globalThis) | null;
  if (view && 'highlights' in view.CSS) view.CSS.highlights.delete(HIGHLIGHT);
}

/** The system's voices; some browsers list them only after a `voiceschanged` event. */
export function loadVoices(synth: SpeechSynthesis, waitMs = 1500): Promise<SpeechSynthesisVoice[]> {
  const now = synth.getVoices();
  if (now.length > 0) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = () => {
      synth.removeEventListener('voiceschanged', done);
      clearTimeout(timer);
      resolve(synth.getVoices());
    };
    const timer = setTimeout(done, waitMs);
    synth.addEventListener('voiceschanged', done);
  });
}

/** The reader's voice for the language if it is still there; else the system's best match. */
export function chooseVoice(voices: readonly SpeechSynthesisVoice[], lang: string | null, chosen: string | undefined): SpeechSynthesisVoice | null {
  const primary = (lang ?? '').toLowerCase().split('-')[0] ?? '';
  const wanted = (lang ?? '').toLowerCase().replace('_', '-');
  // The article's own tag first, then the language's home region (ru-RU), then any region.
  const closeness = (voice: SpeechSynthesisVoice) => {
    const tag = voice.lang.toLowerCase().replace('_', '-');
    return tag === wanted ? 0 : tag === primary || tag === `${primary}-${primary}` ? 1 : 2;
  };
  const forLanguage = voices.filter((voice) => voice.lang.toLowerCase().split(/[-_]/)[0] === primary).sort((a, b) => closeness(a) - closeness(b));
  return (
    voices.find((voice) => voice.voiceURI === chosen) ??
    forLanguage.find((voice) => voice.default) ??
    forLanguage.find((voice) => voice.localService) ??
    forLanguage[0] ??
    (primary ? null : (voices.find((voice) => voice.default) ?? voices[0] ?? null))
  );
}
