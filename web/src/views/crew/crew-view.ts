import type { Case } from '../../../../shared/domain/case';
import type { VesselPosition } from '../../../../shared/domain/vessel';
import * as L from 'leaflet';
import { listCases } from '../../api/cases';
import { errorMessage } from '../../api/http';
import { listVessels } from '../../api/vessels';
import { CaseLayer } from '../../map/case-layer';
import { EstimateLayer } from '../../map/estimate-layer';
import { addLegend } from '../../map/legend';
import { createMap } from '../../map/map';
import { VesselLayer } from '../../map/vessel-layer';
import { connectSocket } from '../../socket/client';
import { cases, upsertCase } from '../../state/cases';
import { resetOperatorState } from '../../state/operator-feed';
import { applyVesselBatch, vessels } from '../../state/vessels';
import { errorBox, h, replaceChildren } from '../../ui/dom';
import { latestParsedFix } from '../../ui/format';
import { renderHeader } from '../header';
import type { View, ViewContext } from '../view';
import { renderCrewCase } from './crew-case';
import { renderBoatPositionForm, renderOwnPositionForm } from './crew-reports';
import { renderCrewVessels } from './crew-vessels';

/** How often the case is re-read: its estimate moves on with time, without an event. */
const REREAD_MS = 60_000;

/**
 * The crew view: the case this vessel is assigned to (reduced: no caller, no notes), its newest fix
 * and estimate on the map with the own vessel highlighted, and the two reports a crew makes: its
 * own position and the boat's.
 */
export function renderCrewView(ctx: ViewContext): View {
  const { user } = ctx.session;
  const own = user.vesselMmsi;
  const header = renderHeader('Crew', user, ctx.logout);
  const loadError = errorBox('load-error');
  const assigned = h('section', {
    class: 'crew-case',
    'data-testid': 'crew-case',
    'aria-labelledby': 'crew-case-title',
  });
  const mapEl = h('div', {
    class: 'map',
    'data-testid': 'map',
    role: 'region',
    'aria-label': 'Map of the case and vessels',
  });
  const current = (): Case | undefined => [...cases.get().values()][0];
  const boatForm = renderBoatPositionForm(() => current()?.id ?? null);
  const vesselList = renderCrewVessels(own, () => {
    const c = current();
    return c && latestParsedFix(c.positions);
  });

  replaceChildren(
    ctx.root,
    h(
      'div',
      { class: 'app console crew' },
      header.el,
      h(
        'aside',
        { class: 'sidebar' },
        loadError.el,
        assigned,
        boatForm,
        own
          ? renderOwnPositionForm(own)
          : h('p', { class: 'error' }, 'This account is not linked to a vessel; ask an administrator.'),
        h(
          'section',
          { 'aria-labelledby': 'vessels-title' },
          h('h2', { id: 'vessels-title' }, 'Vessels near you'),
          vesselList.el,
        ),
      ),
      h('main', { class: 'main' }, mapEl),
    ),
  );

  const map = createMap(mapEl);
  const caseLayer = new CaseLayer(map, () => undefined);
  const estimateLayer = new EstimateLayer(map, () => undefined);
  const vesselLayer = new VesselLayer(map, own);
  addLegend(map, { own: !!own, vessels: vesselLayer });
  let framed: string | null = null;
  const unsubs = [
    cases.subscribe((all) => {
      const c = current();
      caseLayer.sync(all.values(), c?.id ?? null);
      estimateLayer.sync(all.values());
      renderCrewCase(assigned, c);
      boatForm.hidden = !c || c.status !== 'open';
      if (c && framed !== c.id && frame(map, c, own ? vessels.get().get(own) : undefined)) framed = c.id;
    }),
    vessels.subscribe((all, change) => {
      vesselLayer.apply(all, change);
      vesselList.update(all);
    }),
  ];

  const refresh = () => {
    Promise.all([
      listCases().then((list) => cases.replaceAll(list)),
      listVessels().then((list) => vessels.replaceAll(list)),
    ])
      .then(() => loadError.clear())
      .catch((err: unknown) => loadError.show(`Could not load: ${errorMessage(err)}`));
  };
  refresh();
  const reread = window.setInterval(() => {
    if (!document.hidden) refresh();
  }, REREAD_MS);
  // Re-sync on every connect, the first one included: events sent before this socket joined its
  // rooms (while the first list was loading, or while offline) are not replayed.
  const socket = connectSocket(header.setLink, refresh);
  const onCase = (c: Case) => {
    // Another case than the one shown: the vessel was (re)assigned; the list says which one is current.
    if (cases.get().size && !cases.get().has(c.id)) refresh();
    else upsertCase(c);
  };
  socket.on('case:created', onCase);
  socket.on('case:updated', onCase);
  socket.on('vessels:positions', applyVesselBatch);

  return {
    destroy() {
      window.clearInterval(reread);
      vesselList.destroy();
      socket.disconnect();
      unsubs.forEach((u) => u());
      header.destroy();
      map.remove();
      resetOperatorState();
    },
  };
}

/** Brings the case's newest fix (and the own vessel, when it reports) into view; false without a fix. */
function frame(map: L.Map, c: Case, own: VesselPosition | undefined): boolean {
  const fix = latestParsedFix(c.positions);
  if (!fix) return false;
  const points: L.LatLngTuple[] = [[fix.lat, fix.lon]];
  if (c.estimate) points.push([c.estimate.lat, c.estimate.lon]);
  if (own) points.push([own.lat, own.lon]);
  map.fitBounds(L.latLngBounds(points), { padding: [60, 60], maxZoom: 9 });
  return true;
}
