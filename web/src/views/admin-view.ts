import { listHarbours } from '../api/harbours';
import { errorMessage } from '../api/http';
import { HarbourLayer } from '../map/harbour-layer';
import { createMap } from '../map/map';
import { harbours } from '../state/harbours';
import { errorBox, h, replaceChildren } from '../ui/dom';
import { renderHeader } from './header';
import type { View, ViewContext } from './view';

/** Administrators manage users and harbours with the `haven` CLI for now; here they see the harbours. */
export function renderAdminView(ctx: ViewContext): View {
  const header = renderHeader('Administration', ctx.session.user, ctx.logout, { live: false });
  const loadError = errorBox('load-error');
  const list = h('ul', { class: 'plain harbour-list' });
  const mapEl = h('div', { class: 'map', 'data-testid': 'map', role: 'region', 'aria-label': 'Map of harbours' });
  replaceChildren(
    ctx.root,
    h(
      'div',
      { class: 'app console admin' },
      header.el,
      h(
        'aside',
        { class: 'sidebar' },
        h(
          'section',
          {},
          h('h2', {}, 'Harbours and reception cities'),
          h(
            'p',
            { class: 'muted' },
            'Add users and import harbours with the command line: ',
            h('code', {}, 'npx haven user add …'),
            ', ',
            h('code', {}, 'npx haven harbour import …'),
            '.',
          ),
          loadError.el,
          list,
        ),
      ),
      h('main', { class: 'main' }, mapEl),
    ),
  );
  const map = createMap(mapEl);
  const layer = new HarbourLayer(map);
  const unsub = harbours.subscribe((all) => {
    layer.sync(all.values());
    replaceChildren(
      list,
      [...all.values()]
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((hb) =>
          h(
            'li',
            {},
            h('strong', {}, hb.name),
            ` · ${hb.kind} · ${hb.country} · ${hb.willing ? `willing, capacity ${hb.capacity}` : 'not willing'}`,
          ),
        ),
    );
  });
  listHarbours()
    .then((all) => harbours.replaceAll(all))
    .catch((err: unknown) => loadError.show(errorMessage(err)));
  return {
    destroy() {
      unsub();
      header.destroy();
      map.remove();
      harbours.replaceAll([]);
    },
  };
}
