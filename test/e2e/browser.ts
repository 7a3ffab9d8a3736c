import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startSystem, type TestSystem } from '../helpers/system';

const { ensureWebBuild } = require('../../scripts/lib/setup.js') as { ensureWebBuild(): void };

/** Headless Debian chromium, with everything that would phone home switched off. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
];

/** Where screenshots go, for a person to look at. */
export const SHOTS = process.env.HAVEN_SCREENSHOTS ?? '/tmp';

/** One chromium for a test file: pages in their own contexts, uncaught page errors collected. */
export class BrowserSession {
  /** Uncaught exceptions in any page; a test file asserts this stays empty. */
  readonly pageErrors: string[] = [];
  private readonly contexts: BrowserContext[] = [];

  private constructor(private readonly browser: Browser) {}

  /** Launches chromium (CHROMIUM_PATH or /usr/bin/chromium). */
  static async launch(): Promise<BrowserSession> {
    return new BrowserSession(
      await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS }),
    );
  }

  /** A fresh page (own cookies) of the given viewport size. */
  async openPage(width = 1440, height = 900, permissions: string[] = []): Promise<Page> {
    const ctx = await this.browser.newContext({ viewport: { width, height } });
    if (permissions.length) await ctx.grantPermissions(permissions);
    this.contexts.push(ctx);
    const page = await ctx.newPage();
    page.on('pageerror', (err) => this.pageErrors.push(err.message));
    return page;
  }

  /** Closes every page and the browser. */
  async close(): Promise<void> {
    for (const ctx of this.contexts) await ctx.close().catch(() => undefined);
    await this.browser.close();
  }
}

/** Logs in through the login form and waits for the screen of the user's role. */
export async function logIn(
  page: Page,
  system: TestSystem,
  user: { username: string; password: string },
): Promise<void> {
  await page.goto(system.baseUrl);
  await page.getByLabel('Username').fill(user.username);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.getByTestId('current-user').waitFor();
}

/** Fills the call form and submits it; answers the id of the case the new row belongs to. */
export async function logCall(
  page: Page,
  call: { callerNumber: string; position: string; personsOnBoard: number },
): Promise<string> {
  const form = page.getByTestId('call-form');
  await form.getByLabel('Caller number').fill(call.callerNumber);
  await form.getByLabel('Position as given').fill(call.position);
  await form.getByLabel('Persons on board').fill(String(call.personsOnBoard));
  await form.getByRole('button', { name: 'Log call' }).click();
  const result = page.locator('[data-testid=call-result][data-case-id]');
  await result.waitFor();
  const caseId = (await result.getAttribute('data-case-id'))!;
  await page.locator(`[data-testid=case-row][data-case-id="${caseId}"]`).waitFor();
  return caseId;
}

let callers = 0;
/** A caller number no other test uses, so that calls never thread into an earlier case. */
export function uniqueCaller(): string {
  callers += 1;
  return `+3567${String(Date.now() + callers).slice(-7)}`;
}

/** What a browser test file runs against: a whole Haven and one chromium. */
export interface BrowserSuite {
  readonly system: TestSystem;
  readonly browser: BrowserSession;
}

/**
 * Register a test file's set-up: build the web bundle if stale, start Haven (`worker: false` for
 * the server alone) and chromium before all tests, close both after, and fail any test during
 * which a page threw an uncaught exception, even when the visible flow worked.
 */
export function browserSuite(opts: { worker?: boolean } = {}): BrowserSuite {
  const suite = {} as { system: TestSystem; browser: BrowserSession };
  beforeAll(async () => {
    ensureWebBuild();
    suite.system = await startSystem(opts);
    suite.browser = await BrowserSession.launch();
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.system?.close();
  });
  afterEach(() => {
    expect(suite.browser.pageErrors.splice(0)).toEqual([]);
  });
  return suite;
}
