/** Attributes for h(): `class`, `dataset`, `on<event>` handlers, and plain attributes. */
export interface Attrs {
  class?: string;
  dataset?: Record<string, string | undefined>;
  [name: string]: unknown;
}

/** A child: nodes, text (always inserted as text, never HTML), or nothing. */
export type Child = Node | string | number | null | undefined | false | Child[];

/** Creates an element. Text children become text nodes, so data can never inject markup. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'class') el.className = String(value);
    else if (name === 'dataset') {
      for (const [k, v] of Object.entries(value as Record<string, string | undefined>))
        if (v !== undefined) el.dataset[k] = v;
    } else if (name.startsWith('on') && typeof value === 'function') {
      el.addEventListener(name.slice(2), value as EventListener);
    } else if (value === true) el.setAttribute(name, '');
    else el.setAttribute(name, String(value));
  }
  append(el, children);
  return el;
}

function append(el: Node, children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else el.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

/** Replaces all children of `el`. */
export function replaceChildren(el: Element, ...children: Child[]): void {
  el.textContent = '';
  append(el, children);
}

let idCounter = 0;
/** A unique element id, for label/for pairs. */
export function uid(prefix: string): string {
  idCounter += 1;
  return `${prefix}-${idCounter}`;
}

/** A labelled input in a wrapper; returns both so the caller can read the value. */
export function field(
  label: string,
  input: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement,
  hint?: string,
): HTMLElement {
  if (!input.id) input.id = uid('f');
  const hintEl = hint ? h('small', { class: 'hint', id: input.id + '-hint' }, hint) : null;
  if (hintEl) input.setAttribute('aria-describedby', hintEl.id);
  return h('div', { class: 'field' }, h('label', { for: input.id }, label), input, hintEl);
}

/** An inline error box (role=alert) that is hidden while empty. */
export function errorBox(testid: string): { el: HTMLElement; show(msg: string): void; clear(): void } {
  const el = h('div', { class: 'error', role: 'alert', hidden: true, 'data-testid': testid });
  return {
    el,
    show(msg) {
      el.textContent = msg;
      el.hidden = false;
    },
    clear() {
      el.textContent = '';
      el.hidden = true;
    },
  };
}
