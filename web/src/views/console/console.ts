import { getCase } from '../../api/cases';
import { markSeen } from '../../api/shift';
import { errorMessage } from '../../api/http';
import { createMap } from '../../map/map';
import { CaseLayer } from '../../map/case-layer';
import { EstimateLayer } from '../../map/estimate-layer';
import { HarbourLayer } from '../../map/harbour-layer';
import { addLegend } from '../../map/legend';
import { addSrrLayer } from '../../map/srr-layer';
import { VesselLayer } from '../../map/vessel-layer';
import { followSelectedTrack } from '../../map/vessel-track';
import { connectSocket } from '../../socket/client';
import { watchAttention } from '../../state/attention';
import { cases, selectedCaseId, upsertCase } from '../../state/cases';
import { harbours } from '../../state/harbours';
import {
  attachOperatorFeed,
  operatorDataLoaded,
  refreshOperatorData,
  resetOperatorState,
} from '../../state/operator-feed';
import { vessels } from '../../state/vessels';
import { errorBox, h, replaceChildren } from '../../ui/dom';
import { chime, loadSoundPreference } from '../../ui/sound';
import { renderTabs } from '../../ui/tabs';
import { renderHeader } from '../header';
import type { View, ViewContext } from '../view';
import { renderAttentionBar } from './attention-bar';
import { renderCallForm } from './call-form';
import { renderCaseDetail } from './case-detail';
import { renderCaseList } from './case-list';
import { renderGeofenceBanner } from './geofence-banner';
import { renderHandoverPanel } from './handover-panel';
import { renderOutboxPanel } from './outbox-panel';

/** How often the open case is re-read: its estimate moves on and its radius grows with time. */
const SELECTED_REFRESH_MS = 60_000;

/** The operator console: call form, live case list and outbox beside the map, case detail below it. */
export function renderConsole(ctx: ViewContext): View {
  const header = renderHeader('Operator console', ctx.session.user, ctx.logout);
  const loadError = errorBox('load-error');
  const mapEl = h('div', {
    class: 'map',
    'data-testid': 'map',
    role: 'region',
    'aria-label': 'Map of cases, harbours and vessels',
  });

  const select = (id: string | null, pan: boolean) => {
    selectedCaseId.set(id);
    if (!id) return;
    const c = cases.get().get(id);
    if (c && pan) caseLayer.focus(c);
    // The full case (whole timeline) from the API; the socket keeps it current afterwards.
    getCase(id)
      .then(upsertCase)
      .catch((err: unknown) => loadError.show(`Could not load case ${id}: ${errorMessage(err)}`));
  };

  const callForm = renderCallForm((res) => {
    upsertCase(res.case);
    select(res.caseId, true);
  });
  const list = renderCaseList((id) => select(id, true));
  const detail = renderCaseDetail(() => selectedCaseId.set(null), ctx.session.user.role === 'supervisor');
  const banner = renderGeofenceBanner((id) => select(id, true));
  const attentionBar = renderAttentionBar((id) => select(id, true));
  const outboxPanel = renderOutboxPanel((id) => select(id, true));
  const handover = renderHandoverPanel();
  const tabs = renderTabs('Cases and outbox', [
    { id: 'cases', label: 'Cases', panel: h('div', {}, list.el) },
    { id: 'outbox', label: ['Outbox', outboxPanel.badge], panel: h('div', {}, outboxPanel.el) },
    { id: 'handover', label: 'Handover', panel: h('div', {}, handover.el) },
  ]);

  replaceChildren(
    ctx.root,
    h(
      'div',
      { class: 'app console' },
      header.el,
      h('aside', { class: 'sidebar' }, attentionBar.el, callForm, loadError.el, tabs.el),
      h('main', { class: 'main' }, banner.el, mapEl, detail.el),
    ),
  );

  const map = createMap(mapEl);
  const caseLayer = new CaseLayer(map, (id) => select(id, false));
  const harbourLayer = new HarbourLayer(map);
  const vesselLayer = new VesselLayer(map);
  const estimateLayer = new EstimateLayer(map, (id) => select(id, false));
  addSrrLayer(map);
  addLegend(map, { vessels: vesselLayer });
  loadSoundPreference(ctx.session.user.username);
  const stopAttention = watchAttention({
    me: ctx.session.user.username,
    markSeen: (id, items, upTo) => markSeen(id, items, upTo).then(upsertCase),
    onFresh: () => chime(),
    visible: () => !document.hidden,
    loaded: operatorDataLoaded,
  });
  const unsubs = [
    followSelectedTrack(vesselLayer),
    cases.subscribe((all) => caseLayer.sync(all.values(), selectedCaseId.get())),
    cases.subscribe((all) => estimateLayer.sync(all.values())),
    selectedCaseId.subscribe((id) => caseLayer.sync(cases.get().values(), id)),
    selectedCaseId.subscribe((id) => mapEl.parentElement?.classList.toggle('with-detail', id !== null)),
    harbours.subscribe((all) => harbourLayer.sync(all.values())),
    vessels.subscribe((all, change) => vesselLayer.apply(all, change)),
  ];

  // Alt+L goes to the call form from anywhere; Escape closes the detail unless the operator is typing.
  const onKey = (ev: KeyboardEvent) => {
    if (ev.altKey && !ev.ctrlKey && ev.code === 'KeyL') {
      ev.preventDefault();
      const first = callForm.querySelector<HTMLInputElement>('input[name=callerNumber]');
      first?.scrollIntoView({ block: 'nearest' });
      first?.focus();
      return;
    }
    const typing =
      ev.target instanceof HTMLInputElement ||
      ev.target instanceof HTMLTextAreaElement ||
      ev.target instanceof HTMLSelectElement;
    if (ev.key !== 'Escape' || typing) return;
    selectedCaseId.set(null);
    vesselLayer.select(null);
  };
  document.addEventListener('keydown', onKey);
  const reread = window.setInterval(() => {
    const id = selectedCaseId.get();
    if (id && !document.hidden)
      getCase(id)
        .then(upsertCase)
        .catch(() => undefined);
    // Vessels that went silent leave the map, as they leave the server's live view.
    vessels.prune();
  }, SELECTED_REFRESH_MS);

  const refresh = () => {
    refreshOperatorData()
      .then(() => loadError.clear())
      .catch((err: unknown) => loadError.show(`Could not load cases: ${errorMessage(err)}`));
  };
  refresh();
  // Re-sync on every connect, the first one included: events sent before this socket joined its
  // rooms (while the first list was loading, or while offline) are not replayed.
  const socket = connectSocket(header.setLink, refresh);
  attachOperatorFeed(socket);

  return {
    destroy() {
      document.removeEventListener('keydown', onKey);
      window.clearInterval(reread);
      banner.destroy();
      stopAttention();
      attentionBar.destroy();
      socket.disconnect();
      unsubs.forEach((u) => u());
      list.destroy();
      outboxPanel.destroy();
      handover.destroy();
      detail.destroy();
      header.destroy();
      map.remove();
      resetOperatorState();
    },
  };
}
