import { errorMessage } from '../api/http';
import { h } from './dom';

/** How long a change can be undone from the bar (the change itself stays possible to reverse by hand). */
export const UNDO_MS = 120_000;

/**
 * "Saved. [Undo]": after a change that replaced something, a bar offers to reverse it for a
 * while. Undoing is a new change of its own (the record shows both), never a deletion.
 */
export function undoBar(testid: string): {
  el: HTMLElement;
  offer(message: string, undo: () => Promise<unknown>, focus?: boolean): void;
  clear(): void;
} {
  const text = h('span', {});
  const left = h('span', { class: 'muted' });
  const button = h('button', { type: 'button', class: 'btn btn-small', 'data-testid': `${testid}-button` }, 'Undo');
  const el = h(
    'div',
    { class: 'undo-bar', role: 'status', 'data-testid': testid, hidden: true, tabindex: '-1' },
    text,
    ' ',
    button,
    ' ',
    left,
  );
  let timer = 0;
  let action: (() => Promise<unknown>) | null = null;
  const clear = () => {
    window.clearInterval(timer);
    action = null;
    el.hidden = true;
  };
  button.addEventListener('click', () => {
    const run = action;
    if (!run) return;
    window.clearInterval(timer);
    button.disabled = true;
    run()
      .then(() => {
        text.textContent = 'Undone.';
        button.hidden = true;
        left.textContent = '';
        action = null;
      })
      .catch((err: unknown) => {
        text.textContent = `Could not undo: ${errorMessage(err)}`;
      })
      .finally(() => {
        button.disabled = false;
        el.focus();
      });
  });
  return {
    el,
    offer(message, undo, focus = false) {
      window.clearInterval(timer);
      action = undo;
      text.textContent = message;
      button.hidden = false;
      el.hidden = false;
      const until = Date.now() + UNDO_MS;
      const tick = () => {
        const s = Math.ceil((until - Date.now()) / 1000);
        if (s <= 0) clear();
        else left.textContent = `(${s} s)`;
      };
      tick();
      timer = window.setInterval(tick, 1000);
      if (focus) el.focus();
    },
    clear,
  };
}
