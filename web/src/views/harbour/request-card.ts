import type { HarbourDockingView } from '../../../../shared/domain/docking-request';
import { answerDockingRequest } from '../../api/docking';
import { errorMessage } from '../../api/http';
import { errorBox, field, h } from '../../ui/dom';
import { formatCountdown, formatUtc } from '../../ui/format';

const known = (n: number | null) => (n === null ? 'not known' : String(n));

/** One docking request as a harbour sees it, with Accept / Decline when it is still pending. */
export function renderRequestCard(r: HarbourDockingView, onAnswered: (r: HarbourDockingView) => void): HTMLElement {
  const pending = r.status === 'pending';
  return h(
    'article',
    {
      class: `request-card docking-${r.status}`,
      'data-testid': 'docking-request',
      dataset: { requestId: r.id, status: r.status },
      'aria-label': `Docking request, ${r.personsOnBoard ?? 'unknown number of'} people, ${r.status}`,
    },
    h(
      'div',
      { class: 'card-head' },
      h('span', { class: `badge docking-${r.status}`, 'data-testid': 'request-status' }, r.status),
      h(
        'h3',
        {},
        r.personsOnBoard === null
          ? 'People need a safe port (number not known)'
          : `${r.personsOnBoard} people need a safe port`,
      ),
      pending
        ? h(
            'span',
            { class: 'countdown', 'data-deadline': r.deadline, 'data-testid': 'countdown' },
            formatCountdown(r.deadline),
          )
        : null,
    ),
    h(
      'dl',
      { class: 'facts' },
      h('dt', {}, 'Women'),
      h('dd', {}, known(r.women)),
      h('dt', {}, 'Children'),
      h('dd', {}, known(r.children)),
      h('dt', {}, 'Medical cases'),
      h('dd', { class: r.medical ? 'attention' : '' }, known(r.medical)),
      h('dt', {}, 'Approximate area'),
      h('dd', {}, r.approximateArea),
      h('dt', {}, 'Distance'),
      h('dd', {}, `${Math.round(r.distanceNm)} nm`),
      h('dt', {}, 'Estimated arrival'),
      h('dd', {}, r.etaHours === null ? 'unknown' : `in about ${r.etaHours.toFixed(1)} h`),
      h('dt', {}, 'Answer by'),
      h('dd', { class: 'mono' }, formatUtc(r.deadline)),
      h('dt', {}, 'Requested'),
      h('dd', { class: 'mono' }, formatUtc(r.createdAt)),
      r.answeredAt ? [h('dt', {}, 'Answered'), h('dd', { class: 'mono' }, formatUtc(r.answeredAt))] : null,
      r.places !== null ? [h('dt', {}, 'Places offered'), h('dd', {}, String(r.places))] : null,
    ),
    pending ? answerForms(r, onAnswered) : answeredNote(r),
  );
}

const ANSWERED: Record<Exclude<HarbourDockingView['status'], 'pending'>, string> = {
  accepted: 'You accepted this request. The hotline sees your answer and will be in touch.',
  declined: 'You declined this request. The hotline sees your answer and is asking other harbours.',
  expired: 'The deadline passed without an answer; the hotline has asked other harbours.',
  cancelled: 'Another harbour took these people; nothing more is needed from you.',
};

function answeredNote(r: HarbourDockingView): HTMLElement | null {
  return r.status === 'pending' ? null : h('p', { class: 'answered-note' }, ANSWERED[r.status]);
}

function answerForms(r: HarbourDockingView, onAnswered: (r: HarbourDockingView) => void): HTMLElement {
  const places = h('input', {
    name: 'places',
    type: 'number',
    min: '0',
    step: '1',
    inputmode: 'numeric',
    value: r.personsOnBoard === null ? '' : String(r.personsOnBoard),
  });
  const note = h('input', { name: 'note', type: 'text', maxlength: '2000', autocomplete: 'off' });
  const accept = h('button', { type: 'submit', class: 'btn btn-accept btn-big', 'data-testid': 'accept' }, 'Accept');
  const decline = h(
    'button',
    { type: 'submit', class: 'btn btn-decline btn-big', 'data-testid': 'decline' },
    'Decline',
  );
  const error = errorBox('answer-error');

  const send = (answer: 'accept' | 'decline') => {
    error.clear();
    let placesValue: number | undefined;
    if (answer === 'accept' && places.value.trim() !== '') {
      placesValue = Number(places.value);
      if (!Number.isInteger(placesValue) || placesValue < 0) {
        error.show('Places must be a whole number, 0 or more.');
        places.focus();
        return;
      }
    }
    accept.disabled = decline.disabled = true;
    answerDockingRequest(r.id, { answer, places: placesValue, note: note.value.trim() || undefined })
      .then(onAnswered)
      .catch((err: unknown) => {
        error.show(errorMessage(err));
        accept.disabled = decline.disabled = false;
      });
  };

  const acceptForm = h(
    'form',
    { class: 'answer accept-form', 'data-testid': 'accept-form' },
    field('Places you can offer', places),
    accept,
  );
  acceptForm.addEventListener('submit', (ev) => {
    ev.preventDefault();
    send('accept');
  });
  const declineForm = h(
    'form',
    { class: 'answer decline-form', 'data-testid': 'decline-form' },
    field('Note (optional, e.g. why or who else to ask)', note),
    decline,
  );
  declineForm.addEventListener('submit', (ev) => {
    ev.preventDefault();
    send('decline');
  });
  return h('div', { class: 'answers' }, acceptForm, declineForm, error.el);
}
