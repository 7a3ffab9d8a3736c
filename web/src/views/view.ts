import type { Session } from '../api/auth';

/** A mounted screen; `destroy` stops its timers, subscriptions and socket. */
export interface View {
  destroy(): void;
}

/** What every logged-in screen gets from main.ts. */
export interface ViewContext {
  root: HTMLElement;
  session: Session;
  /** Logs out and returns to the login screen. */
  logout(): void;
}
