import type { Stage } from '../types';
import { namePattern } from '../dom';

// "Загрузка...", spinners and skeleton placeholders: what a script would have replaced.
const LOADER_NAMES = namePattern([
  'loader', 'loading', 'spinner', 'preloader', 'skeleton', 'shimmer', 'lazy-loader', 'loading-placeholder',
  'progress-spinner',
]);
const LOADING_LABEL =
  /^(?:загрузка|идёт загрузка|идет загрузка|загружается|loading(?: paragraph| content| comments| images?| video| more)?|please wait|подождите|завантаження|chargement|cargando|lädt)\s*(?:\.{2,3}|…)?$/i;

export const loadingStubs: Stage = {
  name: 'loading-stubs',
  phase: 'before',
  rule: {
    reason: 'loading-stub',
    names: LOADER_NAMES,
    label: LOADING_LABEL,
    maxChars: 60,
    // A named loader wrapping a real picture is a lazy-image container, not a stub; one that is
    // a link ("44,629 people voted", shown while a vote is sent) is what the reader clicks.
    structure: (el, length) => (length <= 20 && !el.querySelector('img, picture, video') && !el.closest('a[href]') && !el.querySelector('a[href]') ? 1 : 0),
  },
};
