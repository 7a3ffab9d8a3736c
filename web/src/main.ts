import { logout, me, type Session } from './api/auth';
import { errorMessage, setUnauthorizedHandler } from './api/http';
import { h, replaceChildren } from './ui/dom';
import { renderConsole } from './views/console/console';
import { renderCrewView } from './views/crew/crew-view';
import { renderHarbourPortal } from './views/harbour/portal';
import { renderLogin } from './views/login';
import type { View, ViewContext } from './views/view';
import { renderAdminView } from './views/admin-view';

const root = document.getElementById('app')!;
let current: View | null = null;

/** Picks the screen for the user's role: the server enforces access, this only chooses the UI. */
function viewFor(ctx: ViewContext): View {
  switch (ctx.session.user.role) {
    case 'operator':
    case 'supervisor':
      return renderConsole(ctx);
    case 'harbour':
      return renderHarbourPortal(ctx);
    case 'crew':
      return renderCrewView(ctx);
    case 'admin':
      return renderAdminView(ctx);
  }
}

function showLogin(notice?: string): void {
  current?.destroy();
  current = null;
  renderLogin(root, start, notice);
}

function start(session: Session): void {
  current?.destroy();
  const ctx: ViewContext = {
    root,
    session,
    logout: () => {
      logout()
        .catch(() => undefined)
        .finally(() => showLogin('You are logged out.'));
    },
  };
  current = viewFor(ctx);
}

/** Boot: who am I? Then the screen for my role, or the login screen. */
async function boot(): Promise<void> {
  setUnauthorizedHandler(() => {
    if (current) showLogin('Your session has ended. Please log in again.');
  });
  try {
    const session = await me();
    if (session) start(session);
    else showLogin();
  } catch (err) {
    replaceChildren(
      root,
      h(
        'main',
        { class: 'login-screen' },
        h(
          'div',
          { class: 'login-form' },
          h('h1', {}, 'Haven'),
          h('p', { class: 'error', role: 'alert' }, errorMessage(err)),
          h('button', { type: 'button', class: 'btn btn-primary btn-big', onclick: () => void boot() }, 'Try again'),
        ),
      ),
    );
  }
}

void boot();
