import { login, type Session } from '../api/auth';
import { errorMessage } from '../api/http';
import { errorBox, field, h, replaceChildren } from '../ui/dom';

/** The login screen; calls `onLoggedIn` with the session once the server accepts the credentials. */
export function renderLogin(root: HTMLElement, onLoggedIn: (s: Session) => void, notice?: string): void {
  const username = h('input', {
    name: 'username',
    autocomplete: 'username',
    required: true,
    autocapitalize: 'none',
    spellcheck: 'false',
  });
  const password = h('input', { name: 'password', type: 'password', autocomplete: 'current-password', required: true });
  const submit = h('button', { type: 'submit', class: 'btn btn-primary btn-big' }, 'Log in');
  const error = errorBox('login-error');
  const form = h(
    'form',
    { class: 'login-form', 'data-testid': 'login-form', novalidate: true },
    h('h1', {}, h('span', { class: 'logo', 'aria-hidden': 'true' }, '⚓'), ' Haven'),
    h('p', { class: 'muted' }, 'Rescue alerts and port coordination'),
    notice ? h('p', { class: 'notice', role: 'status' }, notice) : null,
    field('Username', username),
    field('Password', password),
    error.el,
    submit,
  );
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    error.clear();
    if (!username.value.trim() || !password.value) {
      error.show('Enter your username and password.');
      (username.value.trim() ? password : username).focus();
      return;
    }
    submit.disabled = true;
    submit.textContent = 'Logging in…';
    login(username.value.trim(), password.value)
      .then(onLoggedIn)
      .catch((err: unknown) => {
        error.show(errorMessage(err));
        password.select();
        password.focus();
      })
      .finally(() => {
        submit.disabled = false;
        submit.textContent = 'Log in';
      });
  });
  replaceChildren(root, h('main', { class: 'login-screen' }, form));
  username.focus();
}
