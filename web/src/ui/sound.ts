import { Store } from '../state/store';

/** Whether attention sounds play, for the user logged in (remembered in this browser, per user). */
export const soundOn = new Store<boolean>(true);

let user: string | null = null;
let ctx: AudioContext | null = null;
// Counted on the page (data-chimes) so a test can tell that a sound played.
let chimes = 0;

const storageKey = (username: string) => `haven.sound.${username}`;

/** Reads the user's choice (on unless they muted it before). */
export function loadSoundPreference(username: string): void {
  user = username;
  let stored: string | null = null;
  try {
    stored = window.localStorage.getItem(storageKey(username));
  } catch {
    // Storage refused (private mode): sound stays on for this page only.
  }
  soundOn.set(stored !== 'off');
}

/** Turns sounds on or off and remembers it for this user. */
export function setSound(on: boolean): void {
  soundOn.set(on);
  if (!user) return;
  try {
    window.localStorage.setItem(storageKey(user), on ? 'on' : 'off');
  } catch {
    // Not remembered; the choice still holds until the page closes.
  }
}

/**
 * Two short tones (the browser's own audio, no file to load). A browser that blocks audio until the
 * user has clicked simply stays silent; the badge still shows.
 */
export function chime(): void {
  if (!soundOn.get() || typeof AudioContext === 'undefined') return;
  try {
    ctx ??= new AudioContext();
    const t0 = ctx.currentTime;
    [880, 660].forEach((freq, i) => {
      const osc = ctx!.createOscillator();
      const gain = ctx!.createGain();
      osc.frequency.value = freq;
      gain.gain.setValueAtTime(0.0001, t0 + i * 0.18);
      gain.gain.exponentialRampToValueAtTime(0.2, t0 + i * 0.18 + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, t0 + i * 0.18 + 0.16);
      osc.connect(gain).connect(ctx!.destination);
      osc.start(t0 + i * 0.18);
      osc.stop(t0 + i * 0.18 + 0.17);
    });
    chimes += 1;
    document.documentElement.dataset.chimes = String(chimes);
  } catch {
    // No audio device: the badge is the signal.
  }
}
