import type { Locator, Page } from 'playwright-core';
import { ApiClient } from '../helpers/client';
import { SHOTS, browserSuite, logCall, logIn, uniqueCaller } from './browser';

jest.setTimeout(180_000);

const suite = browserSuite({ worker: false });

async function operatorPage(height = 1000): Promise<Page> {
  const page = await suite.browser.openPage(1440, height, ['clipboard-read', 'clipboard-write']);
  await logIn(page, suite.system, suite.system.users.operator);
  return page;
}

const text = async (l: Locator) => ((await l.textContent()) ?? '').replace(/\s+/g, ' ');

test(
  'an operator follows a boat from the Libyan into the Maltese region and keeps the record: ' +
    'fix confirmed, authority contact, SITREP, closed with an outcome',
  async () => {
    const op = await operatorPage();
    const caseId = await logCall(op, { callerNumber: uniqueCaller(), position: '33.5N 13.0E', personsOnBoard: 60 });
    const detail = op.locator(`[data-testid=case-detail][data-case-id="${caseId}"]`);
    await detail.locator('[data-testid=srr-list] li[data-srr-code=LY]').waitFor();
    expect(await text(detail.getByTestId('srr-list'))).toContain('Libya SRR — rescue centre: JRCC Tripoli');

    // The text as given and the parsed fix side by side, with its format.
    const first = detail.locator('[data-testid=position-row][data-index="0"]');
    expect(await text(first.getByTestId('fix-raw'))).toContain('33.5N 13.0E');
    expect(await text(first.getByTestId('fix-parsed'))).toContain('33°30.000′N 013°00.000′E');
    expect((await text(first.getByTestId('fix-format'))).trim()).not.toBe('—');

    // A new position through the UI takes the boat into the Maltese region: an alert says so.
    const add = detail.getByTestId('add-position-form');
    await add.getByLabel('New position as given').fill('34.6N 13.0E');
    await add.getByRole('button', { name: 'Add position' }).click();
    const banner = op.locator(`[data-testid=geofence-alert][data-case-id="${caseId}"]`);
    await banner.waitFor();
    expect(await banner.getAttribute('role')).toBe('alert');
    expect(await text(banner)).toContain(`Case ${caseId}`);
    expect(await text(banner)).toContain('ENTERED Malta SRR (RCC Malta), left Libya SRR');
    await detail.locator('[data-testid=srr-list] li[data-srr-code=MT]').waitFor();
    expect(await detail.locator('[data-testid=timeline] li[data-type=geofence].tl-alert').count()).toBe(1);
    await op.screenshot({ path: `${SHOTS}/haven-geofence-alert.png` });

    // Confirm the first fix: the button stays, disabled, and says so.
    await first.getByRole('button', { name: 'Confirm position 1' }).click();
    await detail.locator('[data-testid=position-row][data-index="0"][data-confirmed=true]').waitFor();
    const confirmed = detail.locator('[data-testid=position-row][data-index="0"]').getByTestId('confirm-fix');
    expect(await confirmed.isDisabled()).toBe(true);
    expect(await text(confirmed)).toContain('confirmed');
    await detail.locator('[data-testid=timeline] li[data-type=position-confirmed]').waitFor();

    // The authority contact log: the case's rescue centres are suggested; "referred" asks to whom.
    const contact = detail.getByTestId('contact-form');
    expect(await contact.locator('datalist option[value="RCC Malta"]').count()).toBe(1);
    expect(await contact.getByLabel('Referred to').isVisible()).toBe(false);
    await contact.getByLabel('Outcome').selectOption('referred');
    expect(await contact.getByLabel('Referred to').isVisible()).toBe(true);
    await contact.getByLabel('Authority').fill('RCC Malta');
    await contact.getByLabel('Channel').selectOption('phone');
    await contact.getByLabel('Outcome').selectOption('no_answer');
    expect(await contact.getByLabel('Referred to').isVisible()).toBe(false);
    await contact.getByRole('button', { name: 'Log contact' }).click();
    const contactRow = detail.locator('[data-testid=contact-row][data-outcome=no_answer]');
    await contactRow.waitFor();
    expect(await text(contactRow)).toMatch(/RCC Malta\s*by phone\s*NO ANSWER/);
    expect(await contactRow.getAttribute('class')).toContain('contact-bad');

    // The SITREP: numbered, positions in SITREP style, the unanswered call among the actions taken;
    // kept as issued, listed with who issued it.
    await detail.getByTestId('sitrep-button').click();
    const issued = detail.locator('[data-testid=sitrep-issued][data-number="1"]');
    await issued.waitFor();
    const sitrep = issued.locator('pre');
    const report = (await sitrep.textContent()) ?? '';
    expect(report).toMatch(new RegExp(`SAR SITREP HV\\d{4}-\\d{4} NR 1\\n`));
    expect(report).toContain('34-36.0N 013-00.0E');
    expect(report).toContain('RCC Malta by phone: NO ANSWER');
    expect(await text(issued.getByTestId('sitrep-number'))).toMatch(/NR 1 · issued .* by operator/);
    await issued.getByTestId('sitrep-copy').click();
    await issued.locator('[data-testid=sitrep-copied]', { hasText: 'Copied' }).waitFor();
    expect(await op.evaluate(() => navigator.clipboard.readText())).toBe(report);
    expect(await text(detail.getByTestId('sitrep-button'))).toBe('Issue SITREP 2');
    await detail.getByTestId('sitrep').scrollIntoViewIfNeeded();
    await op.screenshot({ path: `${SHOTS}/haven-case-record.png` });

    // A misread fix is corrected inline; the original stays on record, marked.
    await detail
      .locator('[data-testid=position-row][data-index="1"]')
      .getByRole('button', { name: 'Correct position 2' })
      .click();
    const correction = detail.getByTestId('correction-form');
    await correction.getByLabel('Corrected position for #2').fill('34.7N 13.0E');
    await correction.getByRole('button', { name: 'Save correction' }).click();
    const corrected = detail.locator('[data-testid=position-row][data-index="2"]');
    await corrected.waitFor();
    expect(await text(corrected)).toContain('corrects #2');
    expect(await text(detail.locator('[data-testid=position-row][data-index="1"]'))).toContain('corrected by #3');
    expect(await correction.count()).toBe(0);

    // The phase changes only with a reason.
    const phase = detail.getByTestId('phase-form');
    await phase.getByLabel('Phase').selectOption('ALERFA');
    await phase.getByRole('button', { name: 'Change phase' }).click();
    await detail.getByTestId('phase-error').waitFor();
    await phase.getByLabel('Why').fill('engine working again, people calm');
    await phase.getByRole('button', { name: 'Change phase' }).click();
    await detail.locator('[data-testid=timeline] li[data-type=phase]', { hasText: 'engine working again' }).waitFor();

    // People and boat, edited; only what changed reaches the timeline.
    await detail.getByText('Edit people, boat, departure and landing').click();
    const details = detail.getByTestId('details-form');
    await details.getByLabel('Women').fill('12');
    await details.getByLabel('Boat type').selectOption('rubber');
    await details.getByLabel('Water entering').selectOption('yes');
    await details.getByRole('button', { name: '+ Add nationality' }).click();
    await details.getByLabel('Nationality', { exact: true }).fill('Eritrea');
    await details.getByLabel('How many').fill('40');
    await details.getByRole('button', { name: 'Save details' }).click();
    await detail.locator('[data-testid=timeline] li[data-type=details]', { hasText: 'women' }).waitFor();
    expect(await text(detail.getByTestId('case-facts'))).toMatch(
      /60 POB \(12 women\).*Eritrea 40.*Rubber boat.*Water entering\s*YES/,
    );
    // The cursor stays in the form (on the "Saved." note), not on the page body.
    expect(await op.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('details-saved');

    // Closing needs an outcome from the taxonomy.
    const close = detail.getByTestId('close-form');
    await close.getByRole('button', { name: 'Close case' }).click();
    expect(await text(detail.getByTestId('close-error'))).toContain('Choose how the case ended');
    await close.getByLabel('Outcome').selectOption('rescued_ngo');
    await close.getByRole('button', { name: 'Close case' }).click();
    await op.locator(`[data-testid=case-detail][data-case-id="${caseId}"][data-status=closed]`).waitFor();
    expect(await text(detail.getByTestId('case-outcome'))).toContain('Rescued by an NGO ship');
    await op.locator(`[data-testid=case-row][data-case-id="${caseId}"][data-status=closed]`).waitFor();

    // The crossing alerted once, although both the API answer and the socket event carried it.
    expect(await banner.count()).toBe(1);
    await banner.getByRole('button', { name: `Dismiss the region alert for case ${caseId}` }).click();
    await banner.waitFor({ state: 'detached' });
    await detail.getByTestId('case-controls').scrollIntoViewIfNeeded();
    await op.screenshot({ path: `${SHOTS}/haven-case-closed.png` });
  },
);

test(
  'a boat silent for two hours shows a labelled estimate on the map and in the detail; ' +
    'SAR regions can be switched off and name their centre on hover',
  async () => {
    const op = await operatorPage(900);
    const api = await new ApiClient(suite.system.baseUrl).login(
      suite.system.users.operator.username,
      suite.system.users.operator.password,
    );
    const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();
    const call = await api.request('POST', '/api/calls', {
      callerNumber: uniqueCaller(),
      position: '34.0N 13.0E',
      personsOnBoard: 35,
      receivedAt: hoursAgo(3),
    });
    const caseId: string = call.body.caseId;
    expect(
      (
        await api.request('POST', `/api/cases/${caseId}/positions`, {
          lat: 34.05,
          lon: 13.0,
          source: 'caller',
          at: hoursAgo(2),
        })
      ).status,
    ).toBe(201);

    const marker = op.locator(`[data-testid=estimate-marker][data-case-id="${caseId}"]`);
    await marker.waitFor({ state: 'visible' });
    expect(Number(await marker.getAttribute('data-lat'))).toBeGreaterThan(34.05);
    expect(await op.locator('path.estimate-circle').count()).toBe(1);
    expect(await op.locator('path.estimate-circle').getAttribute('stroke-dasharray')).toBeTruthy();
    // A replaced label fades out for 200 ms before Leaflet removes it.
    await op.waitForFunction(() => document.querySelectorAll('.estimate-tooltip').length === 1);
    expect(await text(op.locator('.estimate-tooltip'))).toContain(`ESTIMATE ${caseId}`);

    await op
      .locator(`[data-testid=case-row][data-case-id="${caseId}"]`)
      .getByRole('button', { name: `Show case ${caseId}` })
      .click();
    const estimate = op.locator(`[data-testid=case-detail][data-case-id="${caseId}"]`).getByTestId('estimate');
    await estimate.waitFor();
    expect(await text(estimate)).toMatch(/ESTIMATE dead-reckoned — not a fix/);
    expect(await text(estimate)).toMatch(/± \d+\.\d nm/);
    expect(await text(estimate)).toMatch(/newest fix .* 2 h \d+ min old/);
    expect(await text(estimate)).toMatch(/from 2 fixes, 000° at/);

    // The regions: drawn, named with their rescue centre on hover, and switchable.
    await op.locator('.leaflet-container[data-srr=loaded]').waitFor();
    expect(await op.locator('path[data-srr-code]').count()).toBe(6);
    const caseMarker = op.locator(`.case-marker[data-case-id="${caseId}"]`);
    await caseMarker.waitFor({ state: 'visible' });
    const box = (await caseMarker.boundingBox())!;
    await op.mouse.move(box.x + box.width / 2, box.y + box.height / 2 + 60);
    const label = op.getByTestId('srr-label');
    await label.waitFor();
    expect(await text(label)).toContain('LY Libya SRR');
    expect(await text(label)).toContain('JRCC Tripoli');
    await op.screenshot({ path: `${SHOTS}/haven-estimate-srr.png` });

    const toggle = op.getByTestId('layer-control').getByLabel('SAR regions (SRR)');
    await toggle.uncheck();
    expect(await op.locator('path[data-srr-code]').count()).toBe(0);
    await toggle.check();
    expect(await op.locator('path[data-srr-code]').count()).toBe(6);
  },
);
