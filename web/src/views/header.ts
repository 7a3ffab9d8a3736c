import type { PublicUser } from '../../../shared/domain/user';
import type { LinkState } from '../socket/client';
import { h } from '../ui/dom';

const ROLE_LABELS: Record<PublicUser['role'], string> = {
  operator: 'Operator',
  supervisor: 'Supervisor',
  harbour: 'Harbour',
  crew: 'Crew',
  admin: 'Administrator',
};

const LINK_LABELS: Record<LinkState, string> = {
  connecting: 'Connecting…',
  live: 'Live',
  reconnecting: 'Offline — reconnecting',
};

/**
 * The top bar: product, screen title, UTC clock, live-link state (for screens with a socket), who
 * is logged in, log out.
 */
export function renderHeader(
  title: string,
  user: PublicUser,
  onLogout: () => void,
  opts: { live?: boolean } = {},
): {
  el: HTMLElement;
  setLink(s: LinkState): void;
  destroy(): void;
} {
  const link = h(
    'span',
    { class: 'link link-connecting', 'data-testid': 'link-status', role: 'status' },
    LINK_LABELS.connecting,
  );
  const clock = h('span', { class: 'clock mono', title: 'Coordinated Universal Time' });
  const tick = () => {
    clock.textContent = new Date().toISOString().slice(11, 19) + ' UTC';
  };
  tick();
  const timer = window.setInterval(tick, 1000);
  const el = h(
    'header',
    { class: 'topbar' },
    h('div', { class: 'brand' }, h('span', { class: 'logo', 'aria-hidden': 'true' }, '⚓'), 'Haven'),
    h('h1', { class: 'screen-title' }, title),
    h(
      'div',
      { class: 'topbar-right' },
      clock,
      opts.live === false ? null : link,
      h(
        'span',
        { class: 'who', 'data-testid': 'current-user' },
        h('strong', {}, user.username),
        ' · ',
        ROLE_LABELS[user.role],
      ),
      h('button', { type: 'button', class: 'btn btn-quiet', 'data-testid': 'logout', onclick: onLogout }, 'Log out'),
    ),
  );
  return {
    el,
    setLink(s) {
      link.className = `link link-${s}`;
      link.textContent = LINK_LABELS[s];
    },
    destroy() {
      window.clearInterval(timer);
    },
  };
}
