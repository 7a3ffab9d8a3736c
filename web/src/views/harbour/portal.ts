import type { HarbourDockingView } from '../../../../shared/domain/docking-request';
import { listDockingRequests } from '../../api/docking';
import { errorMessage } from '../../api/http';
import { connectSocket } from '../../socket/client';
import { dockingRequests, requestsForDisplay } from '../../state/docking';
import { errorBox, h, replaceChildren } from '../../ui/dom';
import { formatCountdown } from '../../ui/format';
import { renderHeader } from '../header';
import type { View, ViewContext } from '../view';
import { renderAvailability } from './availability';
import { renderRequestCard } from './request-card';

/** The harbour portal: this harbour's docking requests (live) and its availability. */
export function renderHarbourPortal(ctx: ViewContext): View {
  const { user } = ctx.session;
  const header = renderHeader('Harbour portal', user, ctx.logout);
  const loadError = errorBox('load-error');
  const list = h('div', { class: 'requests', 'data-testid': 'docking-requests' });
  const empty = h(
    'p',
    { class: 'muted empty' },
    'No docking requests. New requests appear here as soon as they are sent.',
  );
  const announcer = h('div', { class: 'sr-only', role: 'status', 'aria-live': 'assertive' });
  const cards = new Map<string, { r: HarbourDockingView; el: HTMLElement }>();

  replaceChildren(
    ctx.root,
    h(
      'div',
      { class: 'app portal' },
      header.el,
      h(
        'main',
        { class: 'portal-main' },
        h(
          'section',
          { class: 'portal-requests', 'aria-labelledby': 'requests-title' },
          h('h2', { id: 'requests-title' }, 'Docking requests for your harbour'),
          h(
            'p',
            { class: 'muted' },
            'Only what you need to decide is shown: people on board, the approximate area and timing.',
          ),
          loadError.el,
          empty,
          list,
          announcer,
        ),
        user.harbourId
          ? renderAvailability(user.harbourId)
          : h('p', { class: 'error' }, 'This account is not linked to a harbour; ask an administrator.'),
      ),
    ),
  );

  const render = (all: ReadonlyMap<string, HarbourDockingView>) => {
    const ordered = requestsForDisplay(all);
    empty.hidden = ordered.length > 0;
    const pending = ordered.filter((r) => r.status === 'pending').length;
    document.title = pending ? `(${pending}) Haven — harbour portal` : 'Haven — harbour portal';
    const els = ordered.map((r) => {
      const cur = cards.get(r.id);
      // A card is rebuilt only when its own request changed, so typing in another card is never lost.
      if (cur && cur.r === r) return cur.el;
      const el = renderRequestCard(r, (answered) => dockingRequests.upsert(answered));
      cur?.el.replaceWith(el);
      cards.set(r.id, { r, el });
      return el;
    });
    for (const [id, c] of cards)
      if (!all.has(id)) {
        c.el.remove();
        cards.delete(id);
      }
    els.forEach((el, i) => {
      if (list.children[i] !== el) list.insertBefore(el, list.children[i] ?? null);
    });
  };
  const unsub = dockingRequests.subscribe(render);

  const tick = window.setInterval(() => {
    list.querySelectorAll<HTMLElement>('.countdown[data-deadline]').forEach((el) => {
      el.textContent = formatCountdown(el.dataset.deadline!);
      el.classList.toggle('urgent', new Date(el.dataset.deadline!).getTime() - Date.now() < 15 * 60000);
    });
  }, 1000);

  const refresh = () => {
    listDockingRequests()
      .then((requests) => {
        dockingRequests.replaceAll(requests);
        loadError.clear();
      })
      .catch((err: unknown) => loadError.show(`Could not load docking requests: ${errorMessage(err)}`));
  };
  refresh();
  // Re-sync on every connect, the first one included: events sent before this socket joined its
  // rooms (while the first list was loading, or while offline) are not replayed.
  const socket = connectSocket(header.setLink, refresh);
  socket.on('docking:requested', (r) => {
    dockingRequests.upsert(r);
    announcer.textContent = `New docking request: ${r.personsOnBoard ?? 'unknown number of'} people.`;
  });
  socket.on('docking:answered', (r) => dockingRequests.upsert(r));

  return {
    destroy() {
      socket.disconnect();
      unsub();
      window.clearInterval(tick);
      header.destroy();
      dockingRequests.replaceAll([]);
      document.title = 'Haven';
    },
  };
}
