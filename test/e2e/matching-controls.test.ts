import type { Page } from 'playwright-core';
import { SHOTS, browserSuite, logCall, logIn, uniqueCaller } from './browser';

jest.setTimeout(180_000);

const suite = browserSuite();
const SLOW = { timeout: 60_000 };

async function supervisorPage(width: number, height: number): Promise<Page> {
  const page = await suite.browser.openPage(width, height);
  await logIn(page, suite.system, suite.system.users.supervisor);
  return page;
}

test(
  'a supervisor sees where matching stands and steers it: pauses with a reason, asks Barcelona, ' +
    'accepts for Barcelona on its behalf; everyone is placed',
  async () => {
    const sup = await supervisorPage(1440, 1000);
    const caseId = await logCall(sup, { callerNumber: uniqueCaller(), position: '35.4N 12.6E', personsOnBoard: 30 });
    const detail = sup.locator(`[data-testid=case-detail][data-case-id="${caseId}"]`);
    const state = detail.getByTestId('matching-state');
    await detail.locator('[data-testid=matching-state][data-state=waiting]').waitFor(SLOW);
    expect(await state.textContent()).toMatch(/round 1 · 30 still need a port · next deadline \d\d:\d\dZ/);

    const controls = detail.getByTestId('matching-controls');
    // No reason, no pause: the form says why it refuses.
    await controls.getByRole('button', { name: 'Apply' }).click();
    await controls.getByTestId('matching-controls-error').getByText('say why').waitFor();
    await controls.getByLabel('Reason').fill('MRCC Malta is sending a ship');
    await controls.getByRole('button', { name: 'Apply' }).click();
    await detail.locator('[data-testid=matching-state][data-state=paused]').waitFor(SLOW);
    await sup.screenshot({ path: `${SHOTS}/haven-matching-paused-1440.png`, fullPage: true });

    const phone = await supervisorPage(360, 800);
    await phone.locator(`[data-testid=case-row][data-case-id="${caseId}"]`).click();
    const phoneDetail = phone.locator(`[data-testid=case-detail][data-case-id="${caseId}"]`);
    await phoneDetail.locator('[data-testid=matching-state][data-state=paused]').waitFor(SLOW);
    // What this view adds fits the phone's width (it wraps; nothing scrolls sideways).
    for (const id of ['matching-state', 'matching-controls']) {
      const b = (await phoneDetail.getByTestId(id).boundingBox())!;
      expect(b.x + b.width).toBeLessThanOrEqual(360);
    }
    await phoneDetail.getByTestId('matching-controls').scrollIntoViewIfNeeded();
    await phone.screenshot({ path: `${SHOTS}/haven-matching-controls-360.png` });

    await controls.getByLabel('Action').selectOption('ask');
    await controls.getByLabel('Harbour').selectOption('barcelona');
    await controls.getByLabel('Reason').fill('Barcelona offered on the phone');
    await controls.getByRole('button', { name: 'Apply' }).click();
    const row = detail.locator('[data-testid=docking-row][data-status=pending]', { hasText: 'Barcelona' });
    await row.waitFor(SLOW);

    await controls.getByLabel('Action').selectOption('accept');
    await controls.getByLabel('Harbour').selectOption({ label: 'Barcelona' });
    await controls.getByLabel('Reason').fill('harbour master phoned');
    await controls.getByRole('button', { name: 'Apply' }).click();
    await detail.locator('[data-testid=matching-state][data-state=placed]').waitFor(SLOW);
    expect(await detail.locator('[data-testid=docking-row][data-status=accepted]').textContent()).toContain(
      'Barcelona',
    );

    const placed = phoneDetail.locator('[data-testid=matching-state][data-state=placed]');
    await placed.waitFor(SLOW);
    // The line is redrawn on every live update of the case: a late one may replace it under us.
    await placed.scrollIntoViewIfNeeded().catch(() => placed.scrollIntoViewIfNeeded());
    await phone.screenshot({ path: `${SHOTS}/haven-matching-placed-360.png` });
    const box = (await phoneDetail.getByTestId('matching-state').boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    // Nothing left to steer once everyone has a port.
    expect(await phoneDetail.getByTestId('matching-controls').isVisible()).toBe(false);
  },
);
