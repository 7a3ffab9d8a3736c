import { h, uid, type Child } from './dom';

/** One tab: its label (text and, say, a count badge) and the panel it shows. */
export interface Tab {
  id: string;
  label: Child;
  panel: HTMLElement;
}

/**
 * Accessible tabs (WAI-ARIA tabs pattern): one panel shown at a time, arrow keys move between tabs.
 * The first tab is selected at start.
 */
export function renderTabs(label: string, tabs: Tab[]): { el: HTMLElement; select(id: string): void } {
  const buttons = tabs.map((t) => {
    const tabId = uid('tab');
    const panelId = uid('tabpanel');
    t.panel.id = panelId;
    t.panel.setAttribute('role', 'tabpanel');
    t.panel.setAttribute('aria-labelledby', tabId);
    return h(
      'button',
      { type: 'button', role: 'tab', id: tabId, class: 'tab', 'aria-controls': panelId, dataset: { tab: t.id } },
      t.label,
    );
  });
  const select = (id: string, focus = false) => {
    tabs.forEach((t, i) => {
      const on = t.id === id;
      buttons[i].setAttribute('aria-selected', String(on));
      buttons[i].tabIndex = on ? 0 : -1;
      t.panel.hidden = !on;
      if (on && focus) buttons[i].focus();
    });
  };
  buttons.forEach((b, i) => {
    b.addEventListener('click', () => select(tabs[i].id));
    b.addEventListener('keydown', (ev) => {
      const step = ev.key === 'ArrowRight' ? 1 : ev.key === 'ArrowLeft' ? -1 : 0;
      if (!step) return;
      ev.preventDefault();
      select(tabs[(i + step + tabs.length) % tabs.length].id, true);
    });
  });
  select(tabs[0].id);
  const el = h(
    'div',
    { class: 'tabs' },
    h('div', { class: 'tablist', role: 'tablist', 'aria-label': label }, buttons),
    tabs.map((t) => t.panel),
  );
  return { el, select: (id) => select(id) };
}
