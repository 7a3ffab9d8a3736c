import type { CrewPositionInput } from '../../../../shared/domain/vessel';
import { addPosition } from '../../api/cases';
import { reportOwnPosition } from '../../api/vessels';
import { cases } from '../../state/cases';
import { applyVesselBatch } from '../../state/vessels';
import { errorBox, field, h } from '../../ui/dom';
import { fixWarnings, formatLatLon, formatUtcShort, hasFix, latestFix } from '../../ui/format';
import { explainRefusal, refuse, runCaseAction, type ActionUi } from '../console/action';

const KN_PER_MS = 3600 / 1852;

function numberInput(name: string, placeholder: string): HTMLInputElement {
  return h('input', {
    name,
    type: 'text',
    inputmode: 'decimal',
    autocomplete: 'off',
    spellcheck: 'false',
    placeholder,
  });
}

/** Reads a decimal field (a comma counts as the decimal point); undefined when empty, NaN when not a number. */
function decimal(input: HTMLInputElement): number | undefined {
  const raw = input.value.trim().replace(',', '.');
  return raw === '' ? undefined : Number(raw);
}

/**
 * "Report our position": the crew's own vessel, in decimal degrees with optional speed and course,
 * for when it has no AIS or AIS is not received. Stored like an AIS report and shown on every console.
 */
export function renderOwnPositionForm(mmsi: string): HTMLElement {
  const lat = numberInput('lat', '35.7771');
  const lon = numberInput('lon', '14.2917');
  const speed = numberInput('speed', 'knots');
  const course = numberInput('course', '0–359');
  const send = h('button', { type: 'submit', class: 'btn btn-primary' }, 'Report our position');
  const error = errorBox('own-position-error');
  const result = h('div', { class: 'result', role: 'status', 'data-testid': 'own-position-result' });
  const locate =
    'geolocation' in navigator
      ? h('button', { type: 'button', class: 'btn btn-small btn-quiet' }, 'Use this device’s location')
      : null;
  const form = h(
    'form',
    {
      class: 'crew-report',
      'data-testid': 'own-position-form',
      novalidate: true,
      'aria-labelledby': 'own-position-title',
    },
    h('h2', { id: 'own-position-title' }, 'Report our position'),
    h('div', { class: 'pair' }, field('Latitude (°, south negative)', lat), field('Longitude (°, west negative)', lon)),
    h('div', { class: 'pair' }, field('Speed (kn)', speed), field('Course (°)', course)),
    locate,
    error.el,
    send,
    result,
  );
  const ui: ActionUi = { form, button: send, busyText: 'Sending…', error };

  locate?.addEventListener('click', () =>
    navigator.geolocation.getCurrentPosition(
      (p) => {
        lat.value = p.coords.latitude.toFixed(5);
        lon.value = p.coords.longitude.toFixed(5);
        if (p.coords.speed !== null) speed.value = (p.coords.speed * KN_PER_MS).toFixed(1);
        if (p.coords.heading !== null && !Number.isNaN(p.coords.heading))
          course.value = String(Math.round(p.coords.heading) % 360);
      },
      (err) => error.show(`This device could not give its location: ${err.message}`),
    ),
  );

  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    error.clear();
    result.textContent = '';
    form.querySelectorAll('[aria-invalid]').forEach((el) => el.removeAttribute('aria-invalid'));
    const [la, lo, sp, co] = [decimal(lat), decimal(lon), decimal(speed), decimal(course)];
    if (la === undefined || !(la >= -90 && la <= 90)) {
      refuse(ui, lat, 'Latitude: decimal degrees between -90 and 90, e.g. 35.7771.');
      return;
    }
    if (lo === undefined || !(lo >= -180 && lo <= 180)) {
      refuse(ui, lon, 'Longitude: decimal degrees between -180 and 180, e.g. 14.2917.');
      return;
    }
    if (sp !== undefined && !(sp >= 0 && sp <= 102.2)) {
      refuse(ui, speed, 'Speed: knots, 0 or more.');
      return;
    }
    if (co !== undefined && !(co >= 0 && co < 360)) {
      refuse(ui, course, 'Course: degrees from 0 to 359.');
      return;
    }
    const report: CrewPositionInput = { lat: la, lon: lo, speed: sp, course: co };
    send.disabled = true;
    reportOwnPosition(mmsi, report)
      .then((v) => {
        applyVesselBatch([v]);
        result.replaceChildren(
          h('span', { class: 'ok' }, `Sent: ${formatLatLon(v.lat, v.lon)} at ${formatUtcShort(v.at)}.`),
        );
      })
      .catch((err: unknown) => error.show(explainRefusal(form, err)))
      .finally(() => {
        send.disabled = false;
      });
  });
  return form;
}

/** "Report the boat's position": the boat in distress as the crew sees it, added to the assigned case. */
export function renderBoatPositionForm(caseId: () => string | null): HTMLElement {
  const text = h('input', {
    name: 'text',
    type: 'text',
    autocomplete: 'off',
    spellcheck: 'false',
    placeholder: "35°46.6'N 014°17.5'E",
  });
  const send = h('button', { type: 'submit', class: 'btn btn-primary' }, 'Report the boat’s position');
  const error = errorBox('boat-position-error');
  const result = h('div', { class: 'result', role: 'status', 'data-testid': 'boat-position-result' });
  const form = h(
    'form',
    {
      class: 'crew-report',
      'data-testid': 'boat-position-form',
      novalidate: true,
      'aria-labelledby': 'boat-position-title',
    },
    h('h2', { id: 'boat-position-title' }, 'Report the boat’s position'),
    field('Boat’s position', text, 'As read from the plotter or radar; the operators see the text as you typed it.'),
    error.el,
    send,
    result,
  );
  const ui: ActionUi = { form, button: send, busyText: 'Sending…', error };
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    result.textContent = '';
    const id = caseId();
    const raw = text.value.trim();
    if (!id) {
      error.show('Your vessel is not assigned to a case.');
      return;
    }
    if (!raw) {
      refuse(ui, text, 'Enter the boat’s position.');
      return;
    }
    void runCaseAction(ui, () => addPosition(id, { text: raw })).then((ok) => {
      if (!ok) return;
      text.value = '';
      const fix = latestFix(cases.get().get(id)?.positions ?? []);
      const warnings = fix ? fixWarnings(fix) : [];
      result.replaceChildren(
        h('span', { class: 'ok' }, `Sent${fix && hasFix(fix) ? `: ${formatLatLon(fix.lat, fix.lon)}` : ''}.`),
        warnings.length ? h('span', { class: 'warn' }, ` ⚠ ${warnings.join('; ')}`) : '',
      );
    });
  });
  return form;
}
