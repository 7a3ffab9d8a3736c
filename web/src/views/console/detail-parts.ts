import type { Case } from '../../../../shared/domain/case';
import { h, uid, type Child } from '../../ui/dom';

/**
 * One part of the case detail. A part is built once per selected case and then updated in place
 * on every new version of the case, so that forms keep what the operator is typing.
 */
export interface Part {
  el: HTMLElement;
  update(c: Case): void;
  /** Stops what the part watches besides the case (live vessels); called when another case is shown. */
  destroy?(): void;
}

/** A titled block of the case detail. */
export function section(title: string, testid: string | null, ...body: Child[]): HTMLElement {
  const id = uid('sec');
  return h(
    'section',
    { class: 'detail-section', 'aria-labelledby': id, 'data-testid': testid ?? undefined },
    h('h3', { id }, title),
    ...body,
  );
}

/** A definition-list row: label and value. */
export function fact(label: string, value: Child, attention = false): HTMLElement[] {
  return [h('dt', {}, label), h('dd', { class: attention ? 'attention' : undefined }, value)];
}

/** A scrollable table with a header row. */
export function table(headers: string[], rows: Node[], testid: string): HTMLElement {
  return h(
    'div',
    { class: 'table-wrap' },
    h(
      'table',
      { 'data-testid': testid },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          headers.map((t) => h('th', { scope: 'col' }, t)),
        ),
      ),
      h('tbody', {}, rows),
    ),
  );
}

/** A select with the given options (value, label); `placeholder` adds an empty first choice. */
export function select(
  name: string,
  options: ReadonlyArray<readonly [string, string]>,
  placeholder?: string,
): HTMLSelectElement {
  return h(
    'select',
    { name },
    placeholder !== undefined ? h('option', { value: '' }, placeholder) : null,
    options.map(([value, label]) => h('option', { value }, label)),
  );
}

/** Moves `wanted` into `parent` in order, touching only nodes out of place (focus survives). */
export function placeChildren(parent: Element, wanted: readonly Element[]): void {
  wanted.forEach((node, i) => {
    if (parent.children[i] !== node) parent.insertBefore(node, parent.children[i] ?? null);
  });
  while (parent.children.length > wanted.length) parent.lastElementChild!.remove();
}
