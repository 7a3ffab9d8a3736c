import type { Case } from '../../../../shared/domain/case';
import { listCases } from '../../api/cases';
import { errorMessage } from '../../api/http';
import { listVessels } from '../../api/vessels';
import { CaseLayer } from '../../map/case-layer';
import { createMap } from '../../map/map';
import { VesselLayer } from '../../map/vessel-layer';
import { connectSocket } from '../../socket/client';
import { cases, upsertCase } from '../../state/cases';
import { resetOperatorState } from '../../state/operator-feed';
import { applyVesselBatch, vessels } from '../../state/vessels';
import { errorBox, h, replaceChildren } from '../../ui/dom';
import { formatUtc, latestFix } from '../../ui/format';
import { dockingChips, fixSummary, peopleSummary, phaseBadge } from '../console/case-summary';
import { renderHeader } from '../header';
import type { View, ViewContext } from '../view';

/** The crew view: the case this vessel is assigned to (if any) and the vessels around it. */
export function renderCrewView(ctx: ViewContext): View {
  const { user } = ctx.session;
  const header = renderHeader('Crew', user, ctx.logout);
  const loadError = errorBox('load-error');
  const assigned = h('section', { class: 'crew-case', 'data-testid': 'crew-case', 'aria-labelledby': 'crew-case-title' });
  const vesselList = h('ul', { class: 'vessel-list plain', 'data-testid': 'vessel-list' });
  const mapEl = h('div', { class: 'map', 'data-testid': 'map', role: 'region', 'aria-label': 'Map of vessels' });

  replaceChildren(ctx.root, h('div', { class: 'app console crew' },
    header.el,
    h('aside', { class: 'sidebar' },
      loadError.el,
      assigned,
      h('section', { 'aria-labelledby': 'vessels-title' }, h('h2', { id: 'vessels-title' }, 'Vessels'), vesselList)),
    h('main', { class: 'main' }, mapEl),
  ));

  const map = createMap(mapEl);
  const caseLayer = new CaseLayer(map, () => undefined);
  const vesselLayer = new VesselLayer(map);
  const unsubs = [
    cases.subscribe((all) => {
      caseLayer.sync(all.values(), null);
      renderAssigned(assigned, [...all.values()]);
    }),
    vessels.subscribe((all) => {
      vesselLayer.sync(all.values());
      const own = user.vesselMmsi;
      replaceChildren(vesselList, [...all.values()]
        .sort((a, b) => (a.name ?? a.mmsi).localeCompare(b.name ?? b.mmsi))
        .map((v) => h('li', { class: v.mmsi === own ? 'own' : '', dataset: { mmsi: v.mmsi } },
          h('strong', {}, v.name ?? `MMSI ${v.mmsi}`), v.mmsi === own ? ' (your vessel)' : '',
          h('span', { class: 'muted' }, ` · ${v.speed === null ? '?' : v.speed.toFixed(1)} kn · ${formatUtc(v.at)}`))));
    }),
  ];

  const refresh = () => {
    Promise.all([
      listCases().then((list) => cases.replaceAll(list)),
      listVessels().then((list) => vessels.replaceAll(list)),
    ]).then(() => loadError.clear())
      .catch((err: unknown) => loadError.show(`Could not load: ${errorMessage(err)}`));
  };
  refresh();
  let connectedBefore = false;
  const socket = connectSocket(header.setLink, () => {
    if (connectedBefore) refresh();
    connectedBefore = true;
  });
  socket.on('case:created', upsertCase);
  socket.on('case:updated', upsertCase);
  socket.on('vessels:positions', applyVesselBatch);

  return {
    destroy() {
      socket.disconnect();
      unsubs.forEach((u) => u());
      header.destroy();
      map.remove();
      resetOperatorState();
    },
  };
}

function renderAssigned(el: HTMLElement, assignedCases: Case[]): void {
  const open = assignedCases.filter((c) => c.status === 'open');
  if (!open.length) {
    replaceChildren(el, h('h2', { id: 'crew-case-title' }, 'Assigned case'), h('p', { class: 'muted' }, 'Your vessel is not assigned to a case right now.'));
    return;
  }
  replaceChildren(el, h('h2', { id: 'crew-case-title' }, 'Assigned case'),
    open.map((c) => h('article', { class: 'case-row', 'data-testid': 'case-row', dataset: { caseId: c.id } },
      h('div', { class: 'row-head' }, phaseBadge(c), h('strong', {}, ` Case ${c.id}`)),
      h('div', { class: 'pob' }, peopleSummary(c)),
      fixSummary(latestFix(c.positions)),
      dockingChips(c.dockingRequests ?? []),
    )));
}
