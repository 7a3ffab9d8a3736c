import { getHarbour, updateAvailability, type Availability } from '../../api/harbours';
import { errorMessage } from '../../api/http';
import { dockingRequests } from '../../state/docking';
import { errorBox, field, h } from '../../ui/dom';

/**
 * "Are you taking people now, and how many?": the harbour's own availability. When the current
 * setting cannot be read, both fields start as "unchanged" so that saving one never resets the other.
 * The capacity is what remains: each acceptance lowers it by the places taken (re-read here when
 * one lands), and the harbour sets it again when places free up.
 */
export function renderAvailability(harbourId: string): HTMLElement {
  const willing = h(
    'select',
    { name: 'willing', 'data-testid': 'willing' },
    h('option', { value: '' }, '— unchanged —'),
    h('option', { value: 'yes' }, 'Yes, we can take people'),
    h('option', { value: 'no' }, 'No, not at the moment'),
  );
  const capacity = h('input', {
    name: 'capacity',
    type: 'number',
    min: '0',
    step: '1',
    inputmode: 'numeric',
    placeholder: 'unchanged',
  });
  const save = h(
    'button',
    { type: 'submit', class: 'btn btn-primary', 'data-testid': 'availability-save' },
    'Save availability',
  );
  const error = errorBox('availability-error');
  const result = h('span', { class: 'result', role: 'status' });
  const form = h(
    'form',
    { class: 'availability', 'data-testid': 'availability-form', 'aria-labelledby': 'availability-title' },
    h('h2', { id: 'availability-title' }, 'Your availability'),
    field('Taking people now?', willing),
    field('Remaining capacity (people)', capacity, 'lowered by each acceptance; set it again when places free up'),
    error.el,
    h('div', { class: 'row' }, save, result),
  );

  const show = (a: Availability | null) => {
    if (!a) return;
    if (a.willing !== undefined) willing.value = a.willing ? 'yes' : 'no';
    if (a.capacity !== undefined) capacity.value = String(a.capacity);
  };
  getHarbour(harbourId)
    .then(show)
    .catch(() => undefined);

  // An acceptance (here or by SMS or phone) lowered the capacity on the server: show what remains.
  // Acceptances of long ago (the first list) are not news.
  const seen = new Set<string>();
  let subscribed = false;
  const unsub = dockingRequests.subscribe((all) => {
    // The portal is gone (logged out): stop listening.
    if (subscribed && !form.isConnected) return unsub();
    const accepted = [...all.values()].filter((r) => r.status === 'accepted' && !seen.has(r.id));
    accepted.forEach((r) => seen.add(r.id));
    if (!accepted.some((r) => Date.now() - Date.parse(r.answeredAt ?? '') < 120_000)) return;
    getHarbour(harbourId)
      .then((a) => {
        show(a);
        result.textContent = 'Capacity lowered by the places just accepted.';
      })
      .catch(() => undefined);
  });
  subscribed = true;

  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    error.clear();
    result.textContent = '';
    const patch: Availability = {};
    if (willing.value) patch.willing = willing.value === 'yes';
    if (capacity.value.trim() !== '') {
      const n = Number(capacity.value);
      if (!Number.isInteger(n) || n < 0) {
        error.show('Capacity must be a whole number, 0 or more.');
        capacity.focus();
        return;
      }
      patch.capacity = n;
    }
    if (patch.willing === undefined && patch.capacity === undefined) {
      error.show('Choose whether you can take people, or enter a capacity.');
      willing.focus();
      return;
    }
    save.disabled = true;
    updateAvailability(harbourId, patch)
      .then((saved) => {
        show(saved);
        result.textContent = `Saved at ${new Date().toISOString().slice(11, 16)}Z.`;
      })
      .catch((err: unknown) => error.show(errorMessage(err)))
      .finally(() => {
        save.disabled = false;
      });
  });
  return form;
}
