import type { Locator, Page } from 'playwright-core';
import type { Case } from '../../shared/domain/case';
import type { Harbour } from '../../shared/domain/harbour';
import { ApiClient } from '../helpers/client';
import { SHOTS, browserSuite, logCall, logIn, uniqueCaller } from './browser';

jest.setTimeout(240_000);

/** The demo rescue ship; the demo user `crew` belongs to it. */
const RESCUE_MMSI = '247000001';
/** Under full-suite load the worker may take a while to match and notify. */
const SLOW = { timeout: 90_000 };

const suite = browserSuite();

const text = async (l: Locator) => ((await l.textContent()) ?? '').replace(/\s+/g, ' ');
const live = (page: Page) => page.locator('[data-testid=link-status].link-live').waitFor(SLOW);

test(
  "an operator relays the nearest harbour's SMS from the outbox and assigns the rescue vessel; " +
    'its crew sees the case without the caller and reports the boat, live on the console',
  async () => {
    const op = await suite.browser.openPage(1440, 1000, ['clipboard-read', 'clipboard-write']);
    await logIn(op, suite.system, suite.system.users.operator);
    await op.evaluate(() => {
      (window as unknown as { __sameDocument: boolean }).__sameDocument = true;
    });
    const crew = await suite.browser.openPage(1280, 900);
    await logIn(crew, suite.system, suite.system.users.crew);
    await crew.getByTestId('crew-unassigned').waitFor();
    await Promise.all([live(op), live(crew)]);

    // The rescue ship's last report is 15 minutes old: drawn faded on the console.
    const crewApi = await new ApiClient(suite.system.baseUrl).login(
      suite.system.users.crew.username,
      suite.system.users.crew.password,
    );
    const old = await crewApi.request('POST', `/api/vessels/${RESCUE_MMSI}/positions`, {
      lat: 35.9,
      lon: 14.0,
      at: new Date(Date.now() - 15 * 60_000).toISOString(),
    });
    expect(old.status).toBe(201);
    // Vessels are drawn on a canvas; the map's accessible vessel list names them, with their point on the map.
    const listed = { ...SLOW, state: 'attached' } as const;
    await op.locator(`[data-testid=vessel-marker][data-mmsi="${RESCUE_MMSI}"][data-stale=true]`).waitFor(listed);

    // The crew reports its own position through the form: fresh, highlighted as its own vessel.
    const ownForm = crew.getByTestId('own-position-form');
    await ownForm.getByLabel('Latitude').fill('35.95');
    await ownForm.getByLabel('Longitude').fill('14.05');
    await ownForm.getByLabel('Speed (kn)').fill('9');
    await ownForm.getByLabel('Course (°)').fill('135');
    await ownForm.getByRole('button', { name: 'Report our position' }).click();
    await crew.getByTestId('own-position-result').getByText('Sent').waitFor();
    await crew
      .locator(`[data-testid=vessel-marker][data-mmsi="${RESCUE_MMSI}"][data-own=true][data-stale=false]`)
      .waitFor(listed);
    const opVessel = op.locator(
      `[data-testid=vessel-marker][data-mmsi="${RESCUE_MMSI}"][data-stale=false][data-kind=rescue]`,
    );
    await opVessel.waitFor(listed);
    // Hover where the canvas draws it, as a person would.
    const mapBox = (await op.getByTestId('map').boundingBox())!;
    await op.mouse.move(
      mapBox.x + Number(await opVessel.getAttribute('data-x')),
      mapBox.y + Number(await opVessel.getAttribute('data-y')),
    );
    const tooltip = op.locator(`[data-testid=vessel-tooltip][data-mmsi="${RESCUE_MMSI}"]`);
    await tooltip.waitFor();
    expect(await text(tooltip)).toMatch(
      /Rescue asset.*MMSI 247000001.*9\.0 kn · course 135°.*Reported just now .* by crew/,
    );
    expect(await op.getByTestId('map-legend').locator('li').count()).toBeGreaterThanOrEqual(9);

    // A call: the worker asks the nearest ports; without Twilio the SMS waits in the outbox.
    const callerNumber = uniqueCaller();
    const caseId = await logCall(op, { callerNumber, position: "35°46.628'N 014°17.504'E", personsOnBoard: 42 });
    await op.getByRole('tab', { name: /Outbox/ }).click();
    const panel = op.getByTestId('outbox-panel');
    await panel
      .locator('[data-testid=outbox-banner]', { hasText: 'Twilio is not configured: relay these by hand' })
      .waitFor(SLOW);
    const sms = panel.locator(
      `[data-testid=outbox-message][data-case-id="${caseId}"][data-harbour-id=valletta][data-channel=sms]`,
    );
    await sms.waitFor(SLOW);
    // Valletta is the nearest port: the worker ranked it first.
    const opApi = await new ApiClient(suite.system.baseUrl).login(
      suite.system.users.operator.username,
      suite.system.users.operator.password,
    );
    const c = (await opApi.request('GET', `/api/cases/${caseId}`)).body.case as Case;
    const nearest = c.dockingRequests.find((r) => r.rank === 1)!;
    expect(nearest.harbourId).toBe('valletta');
    expect(await sms.getAttribute('data-request-id')).toBe(nearest.id);
    // The message says whether its request still waits: the case's docking requests tell.
    await panel
      .locator(`[data-testid=outbox-message][data-request-id="${nearest.id}"][data-request-status=pending]`)
      .waitFor(SLOW);
    const body = (await sms.getByTestId('outbox-body').textContent()) ?? '';
    expect(body).toContain(nearest.id);
    expect(body).toContain('42 persons');
    expect(body).not.toContain(callerNumber);
    await sms.locator('[data-testid=outbox-harbour]', { hasText: 'Valletta' }).waitFor();
    // Operators see harbours without their contacts; a supervisor sees the number the SMS should go to.
    const supApi = await new ApiClient(suite.system.baseUrl).login(
      suite.system.users.supervisor.username,
      suite.system.users.supervisor.password,
    );
    const harbours = (await supApi.request('GET', '/api/harbours')).body.harbours as Harbour[];
    const phone = harbours.find((h) => h.id === 'valletta')!.contacts[0].phone!;
    expect(await text(sms.getByTestId('outbox-to'))).toBe(phone);
    expect(await sms.getByTestId('outbox-to').getAttribute('href')).toBe(`sms:${phone}`);
    await sms.getByTestId('outbox-copy').click();
    await sms.getByTestId('outbox-copied').getByText('Copied').waitFor();
    expect(await op.evaluate(() => navigator.clipboard.readText())).toBe(body);
    await op.locator('[data-testid=outbox-badge]:not([hidden])').waitFor();
    // Relayed by hand: the mark says who and when, the count of what is still to relay drops.
    const toRelay = async () => Number(await panel.locator('.count').getAttribute('data-to-relay'));
    const before = await toRelay();
    await sms.getByTestId('outbox-mark-relayed').click();
    const mark = sms.getByTestId('outbox-relayed');
    await mark.waitFor();
    expect(await text(mark)).toMatch(/relayed by operator at \d\d:\d\d/);
    expect(await op.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('outbox-relayed');
    expect(await sms.getAttribute('data-to-relay')).toBe('false');
    expect(await toRelay()).toBe(before - 1);
    await op.screenshot({ path: `${SHOTS}/haven-outbox.png` });

    // From the message to its case: the detail lists that case's outbox messages too.
    await sms.getByRole('button', { name: `Show case ${caseId}` }).click();
    const detail = op.locator(`[data-testid=case-detail][data-case-id="${caseId}"]`);
    await detail
      .locator(`[data-testid=case-outbox] [data-testid=outbox-message][data-request-id="${nearest.id}"]`)
      .waitFor();
    await detail
      .locator('[data-testid=timeline] li[data-type=relayed]', { hasText: 'relayed by hand to Valletta' })
      .waitFor();

    // Assign the rescue ship from the live list of rescue assets.
    const assign = detail.getByTestId('assign-form');
    await assign.getByLabel('Rescue vessel').selectOption(RESCUE_MMSI);
    await assign.getByRole('button', { name: 'Assign' }).click();
    await detail.locator(`[data-testid=assignment][data-mmsi="${RESCUE_MMSI}"]`).waitFor();
    expect(await text(detail.getByTestId('assignment'))).toMatch(/MMSI 247000001\s*assigned\s*by operator/);
    await detail.locator('[data-testid=timeline] li[data-type=assignment]').waitFor();

    // A vessel without a crew account is refused with a reason.
    await assign.getByLabel('or MMSI').fill('247999999');
    await assign.getByRole('button', { name: 'Assign' }).click();
    await detail
      .locator('[data-testid=assign-error]', { hasText: 'No crew account belongs to vessel 247999999' })
      .waitFor(SLOW);
    await detail.getByTestId('rescue-vessel').scrollIntoViewIfNeeded();
    await op.screenshot({ path: `${SHOTS}/haven-assign.png` });

    // The crew, already on its screen, gets the case live: reduced, on the map, without the caller.
    const card = crew.locator(`[data-testid=crew-case-card][data-case-id="${caseId}"]`);
    await card.waitFor(SLOW);
    expect(await text(card)).toContain('42 POB');
    expect(await text(card)).toContain('35°46.628′N 014°17.504′E');
    await crew.locator(`.case-marker[data-case-id="${caseId}"]`).waitFor();
    const crewText = await text(crew.locator('body'));
    expect(crewText).not.toContain(callerNumber);
    expect(crewText).not.toContain(callerNumber.slice(-7));

    // The crew sees the boat and reports it; the console shows it at once, as the crew gave it.
    const boatForm = crew.getByTestId('boat-position-form');
    await boatForm.getByLabel('Boat’s position').fill("35°48.2'N 014°19.9'E");
    await boatForm.getByRole('button', { name: 'Report the boat’s position' }).click();
    await crew.getByTestId('boat-position-result').getByText('Sent').waitFor();
    // The crew's card shows the parsed fix; raw texts (which may quote a caller) are for operators only.
    await card.getByText('35°48.200′N 014°19.900′E').waitFor(SLOW);
    await crew.screenshot({ path: `${SHOTS}/haven-crew.png` });

    const row = detail.locator('[data-testid=position-row][data-index="1"]');
    await row.waitFor(SLOW);
    expect(await text(row.getByTestId('fix-raw'))).toContain("35°48.2'N 014°19.9'E");
    expect(await text(row)).toContain('crew');
    await op.getByRole('tab', { name: 'Cases' }).click();
    await op
      .locator(`[data-testid=case-row][data-case-id="${caseId}"] [data-testid=position-raw]`, { hasText: '35°48.2' })
      .waitFor();
    await op
      .locator(
        `[data-testid=case-row][data-case-id="${caseId}"] [data-testid=assigned-vessel][data-mmsi="${RESCUE_MMSI}"]`,
      )
      .waitFor();
    expect(await op.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
    await detail.getByTestId('positions').scrollIntoViewIfNeeded();
    await op.screenshot({ path: `${SHOTS}/haven-crew-report-on-console.png` });
  },
);
