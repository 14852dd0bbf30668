// Building blocks of the reader's controls: icon buttons named from the locale files, groups of
// pressed-or-not choices, and arrow-key movement inside a toolbar, group or menu.

import { t, type MessageKey } from '../i18n';
import { element } from './element';
import { icon, type IconName } from './icons';

export function iconButton(doc: Document, action: string, label: MessageKey, iconName: IconName, onClick: () => void): HTMLButtonElement {
  const button = element(doc, 'button', 'cr-button cr-icon-button');
  button.type = 'button';
  button.dataset.action = action;
  button.title = t(label);
  button.setAttribute('aria-label', t(label));
  button.append(icon(doc, iconName));
  button.addEventListener('click', onClick);
  return button;
}

/** A panel the toolbar opens (hidden until then), named for assistive technology. */
export function panelRoot(doc: Document, name: string, role: 'dialog' | 'menu', label: MessageKey): HTMLElement {
  const root = element(doc, 'div', `cr-panel cr-${name}`);
  root.dataset.panel = name;
  root.id = `cr-panel-${name}`;
  root.setAttribute('role', role);
  root.setAttribute('aria-label', t(label));
  root.hidden = true;
  return root;
}

export function textButton(doc: Document, action: string, text: string, onClick: () => void): HTMLButtonElement {
  const button = element(doc, 'button', 'cr-button', text);
  button.type = 'button';
  button.dataset.action = action;
  button.addEventListener('click', onClick);
  return button;
}

export interface Choice<T> {
  root: HTMLElement;
  set(value: T): void;
}

/** One of several values, as buttons in a labelled row: the chosen one is pressed. */
export function choiceRow<T extends string | number>(
  doc: Document,
  action: string,
  label: MessageKey,
  values: readonly T[],
  text: (value: T) => string,
  onChoose: (value: T) => void,
  decorate?: (button: HTMLButtonElement, value: T) => void,
): Choice<T> {
  const root = element(doc, 'div', 'cr-row');
  const name = element(doc, 'span', 'cr-row-label', t(label));
  name.id = `cr-label-${action}`;
  const group = element(doc, 'div', 'cr-choices');
  group.setAttribute('role', 'group');
  group.setAttribute('aria-labelledby', name.id);
  const buttons = values.map((value) => {
    const button = textButton(doc, action, text(value), () => onChoose(value));
    button.dataset.value = String(value);
    decorate?.(button, value);
    group.append(button);
    return button;
  });
  arrowKeys(group, 'horizontal');
  root.append(name, group);
  return {
    root,
    set(value) {
      for (const button of buttons) button.setAttribute('aria-pressed', String(button.dataset.value === String(value)));
    },
  };
}

export function checkboxRow(doc: Document, action: string, label: MessageKey, onChange: (checked: boolean) => void): { root: HTMLElement; set(checked: boolean): void } {
  const root = element(doc, 'label', 'cr-row cr-check');
  const box = element(doc, 'input', '');
  box.type = 'checkbox';
  box.dataset.action = action;
  box.addEventListener('change', () => onChange(box.checked));
  root.append(box, element(doc, 'span', '', t(label)));
  return { root, set: (checked) => void (box.checked = checked) };
}

const FOCUSABLE = 'button:not(:disabled), [role="menuitem"], input, select';

/**
 * A roving group keeps exactly one enabled control in the tab order: when the one that was
 * (A− at the smallest size, say) becomes disabled, the first enabled control takes its place.
 */
export function keepTabStop(container: HTMLElement): void {
  for (const item of Array.from(container.querySelectorAll<HTMLElement>('button:disabled'))) item.tabIndex = -1;
  const enabled = Array.from(container.querySelectorAll<HTMLElement>(FOCUSABLE));
  // Read the attribute: every button's tabIndex property is 0 until one is set.
  const stop = enabled.find((item) => item.getAttribute('tabindex') === '0') ?? enabled[0];
  for (const item of enabled) item.tabIndex = item === stop ? 0 : -1;
}

/**
 * Arrow keys move between the controls of a group (Home and End to its ends); Tab leaves the
 * group from wherever the reader is in it, so a toolbar is one stop in the tab order.
 */
export function arrowKeys(container: HTMLElement, direction: 'horizontal' | 'vertical', roving = false): void {
  const items = () => Array.from(container.querySelectorAll<HTMLElement>(FOCUSABLE)).filter((item) => item.closest('.cr-panel') === container.closest('.cr-panel'));
  const focus = (item: HTMLElement | undefined) => {
    if (!item) return;
    if (roving) for (const other of items()) other.tabIndex = other === item ? 0 : -1;
    item.focus();
  };
  if (roving) {
    queueMicrotask(() => keepTabStop(container));
    // Wherever the reader is in the group, Tab comes back there.
    container.addEventListener('focusin', (event) => {
      const target = event.target as HTMLElement;
      if (items().includes(target)) for (const item of items()) item.tabIndex = item === target ? 0 : -1;
    });
  }
  container.addEventListener('keydown', (event) => {
    const keys = direction === 'horizontal' ? ['ArrowLeft', 'ArrowRight'] : ['ArrowUp', 'ArrowDown'];
    const list = items();
    const at = list.indexOf(event.target as HTMLElement);
    if (at < 0) return;
    // A range input uses the arrow keys itself.
    if ((event.target as HTMLElement).getAttribute('type') === 'range') return;
    let next: HTMLElement | undefined;
    if (event.key === keys[0]) next = list[(at - 1 + list.length) % list.length];
    else if (event.key === keys[1]) next = list[(at + 1) % list.length];
    else if (event.key === 'Home') next = list[0];
    else if (event.key === 'End') next = list[list.length - 1];
    if (!next) return;
    event.preventDefault();
    event.stopPropagation();
    focus(next);
  });
}
