// The read-aloud bar under the toolbar: previous, play/pause, next, stop, speed and voice. Built
// when the reader first asks for it; says so when the system has no voice instead of doing nothing.

import { SPEECH_RATES, type ReadingSettings } from '../settings/settings';
import { t } from '../i18n';
import { element } from './element';
import { arrowKeys, iconButton } from './controls';
import { icon } from './icons';
import { Narrator, chooseVoice, loadVoices, type NarratorState } from './narrator';

export interface NarrateBarOptions {
  article: Element;
  lang: string | null;
  settings(): ReadingSettings;
  save(change: Partial<ReadingSettings>): void;
  /** The toolbar's read-aloud button, which shows playing or not. */
  button: HTMLButtonElement;
}

export interface NarrateBar {
  root: HTMLElement;
  toggle(): void;
  stop(): void;
}

/** Speech services start on first use: a fresh system may take seconds to list its voices. */
const VOICES_WAIT_MS = 6000;

/** The bar at once, saying it is looking for voices; its controls once the voices are known. */
export function buildNarrateBar(doc: Document, options: NarrateBarOptions): { root: HTMLElement; ready: Promise<NarrateBar> } {
  const root = element(doc, 'div', 'cr-narrate');
  root.setAttribute('role', 'group');
  root.setAttribute('aria-label', t('readAloud'));
  const message = element(doc, 'p', 'cr-narrate-message', t('findingVoices'));
  message.setAttribute('role', 'status');
  root.append(message);
  return { root, ready: fillNarrateBar(doc, root, message, options) };
}

async function fillNarrateBar(doc: Document, root: HTMLElement, message: HTMLElement, options: NarrateBarOptions): Promise<NarrateBar> {
  const synth = (doc.defaultView as Window | null)?.speechSynthesis;
  const voices = synth ? await loadVoices(synth, VOICES_WAIT_MS) : [];
  root.dataset.voices = String(voices.length);
  if (!synth || voices.length === 0) {
    message.textContent = t('noVoices');
    options.button.title = t('noVoices');
    return { root, toggle: () => void (root.hidden = !root.hidden), stop: () => undefined };
  }
  message.remove();

  const primary = (options.lang ?? '').toLowerCase().split('-')[0] || 'und';
  const voiceFor = () => chooseVoice(voices, options.lang, options.settings().voices[primary]);
  const status = element(doc, 'span', 'cr-narrate-status');
  status.setAttribute('aria-live', 'polite');
  const narrator = new Narrator(options.article, {
    synth,
    lang: options.lang,
    voice: voiceFor,
    rate: () => options.settings().speechRate,
    onState: (state, sentence) => show(state, sentence?.text ?? ''),
  });

  const previous = iconButton(doc, 'narrate-previous', 'previousParagraph', 'previous', () => narrator.skip(-1));
  const play = iconButton(doc, 'narrate-play', 'play', 'play', () => (root.dataset.state === 'playing' ? narrator.pause() : narrator.play()));
  const next = iconButton(doc, 'narrate-next', 'nextParagraph', 'next', () => narrator.skip(1));
  const stop = iconButton(doc, 'narrate-stop', 'stop', 'stop', () => narrator.stop());

  const speed = element(doc, 'select', 'cr-select');
  speed.dataset.action = 'narrate-rate';
  speed.setAttribute('aria-label', t('speed'));
  speed.title = t('speed');
  for (const rate of SPEECH_RATES) {
    const option = element(doc, 'option', '', `${rate}×`);
    option.value = String(rate);
    speed.append(option);
  }
  speed.value = String(options.settings().speechRate);
  speed.addEventListener('change', () => options.save({ speechRate: Number(speed.value) }));

  const voice = element(doc, 'select', 'cr-select cr-voice');
  voice.dataset.action = 'narrate-voice';
  voice.setAttribute('aria-label', t('voice'));
  voice.title = t('voice');
  // The article's language first: those are the voices that can read it.
  const ordered = [...voices].sort((a, b) => Number(b.lang.toLowerCase().startsWith(primary)) - Number(a.lang.toLowerCase().startsWith(primary)));
  for (const each of ordered) {
    const option = element(doc, 'option', '', `${each.name} (${each.lang})`);
    option.value = each.voiceURI;
    voice.append(option);
  }
  voice.value = voiceFor()?.voiceURI ?? '';
  voice.addEventListener('change', () => options.save({ voices: { ...options.settings().voices, [primary]: voice.value } }));

  root.append(previous, play, next, stop, speed, voice, status);
  arrowKeys(root, 'horizontal');
  root.dataset.state = 'idle';

  function show(state: NarratorState, text: string): void {
    root.dataset.state = state;
    const playing = state === 'playing';
    play.replaceChildren(icon(doc, playing ? 'pause' : 'play'));
    play.setAttribute('aria-label', t(playing ? 'pause' : 'play'));
    play.title = t(playing ? 'pause' : 'play');
    options.button.setAttribute('aria-pressed', String(state !== 'idle'));
    status.textContent = state === 'idle' ? '' : text.length > 60 ? `${text.slice(0, 60)}…` : text;
  }

  return {
    root,
    toggle() {
      if (root.dataset.state === 'playing') narrator.pause();
      else narrator.play();
    },
    stop: () => narrator.stop(),
  };
}
