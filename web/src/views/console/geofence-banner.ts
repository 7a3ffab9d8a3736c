import { cases } from '../../state/cases';
import { dismissGeofenceAlert, geofenceAlerts, type GeofenceAlert } from '../../state/geofence-alerts';
import { h } from '../../ui/dom';
import { formatUtcShort } from '../../ui/format';

/**
 * Region-change alerts across the top of the console: which case crossed into which search-and-
 * rescue region (so whose rescue centre is now responsible), until the operator dismisses them.
 * Banners are added and removed one by one, so a new one does not re-announce the others.
 */
export function renderGeofenceBanner(onShow: (caseId: string) => void): { el: HTMLElement; destroy(): void } {
  const el = h('div', { class: 'geofence-alerts', 'data-testid': 'geofence-alerts' });
  const shown = new Map<string, HTMLElement>();
  const unsub = geofenceAlerts.subscribe((alerts) => {
    const keep = new Set<string>();
    for (const a of alerts) {
      const key = `${a.caseId}/${a.entryId}`;
      keep.add(key);
      if (!shown.has(key)) {
        const banner = renderAlert(a, onShow);
        shown.set(key, banner);
        el.appendChild(banner);
      }
    }
    for (const [key, banner] of shown)
      if (!keep.has(key)) {
        banner.remove();
        shown.delete(key);
      }
    el.hidden = alerts.length === 0;
  });
  return { el, destroy: unsub };
}

function renderAlert(a: GeofenceAlert, onShow: (caseId: string) => void): HTMLElement {
  const pob = cases.get().get(a.caseId)?.personsOnBoard;
  return h(
    'div',
    { class: 'geofence-alert', role: 'alert', 'data-testid': 'geofence-alert', dataset: { caseId: a.caseId } },
    h('span', { class: 'geofence-icon', 'aria-hidden': 'true' }, '⚠'),
    h(
      'div',
      { class: 'geofence-text' },
      h('strong', {}, a.title ?? `Case ${a.caseId} changed search and rescue region`),
      ` · ${formatUtcShort(a.at)}${pob !== null && pob !== undefined ? ` · ${pob} POB` : ''}`,
      h('div', { class: 'geofence-summary' }, a.summary),
    ),
    h('button', { type: 'button', class: 'btn', onclick: () => onShow(a.caseId) }, 'Show case'),
    h(
      'button',
      {
        type: 'button',
        class: 'btn btn-quiet',
        'aria-label': `Dismiss the region alert for case ${a.caseId}`,
        onclick: () => dismissGeofenceAlert(a.caseId, a.entryId),
      },
      'Dismiss',
    ),
  );
}
