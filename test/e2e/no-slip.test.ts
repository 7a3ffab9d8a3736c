import type { Page } from 'playwright-core';
import { SHOTS, browserSuite, logCall, logIn, uniqueCaller } from './browser';

jest.setTimeout(180_000);

const suite = browserSuite({ worker: false });

const focusedTestId = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null);

test(
  'after Confirm the cursor stays on the row; Tab, Space and typing cannot replace the confirmed fix ' +
    'without a deliberate yes, and a correction can be undone',
  async () => {
    const op = await suite.browser.openPage(1440, 1000);
    await logIn(op, suite.system, suite.system.users.operator);
    const caseId = await logCall(op, { callerNumber: uniqueCaller(), position: '33.5N 13.0E', personsOnBoard: 30 });
    const detail = op.locator(`[data-testid=case-detail][data-case-id="${caseId}"]`);
    const row0 = detail.locator('[data-testid=position-row][data-index="0"]');

    await row0.getByRole('button', { name: 'Confirm position 1' }).click();
    await detail.locator('[data-testid=position-row][data-index="0"][data-confirmed=true]').waitFor();
    // The focus did not drop to the page body: it is on the (now "confirmed") button of the same row.
    expect(await focusedTestId(op)).toBe('confirm-fix');
    expect(await op.evaluate(() => document.activeElement?.closest('tr')?.dataset.index)).toBe('0');

    // The slip: Tab and Space open "Correct", then the next call's words are typed and Enter pressed.
    await op.keyboard.press('Tab');
    expect(await focusedTestId(op)).toBe('correct-fix');
    await op.keyboard.press('Space');
    const correction = detail.getByTestId('correction-form');
    await correction.waitFor();
    await op.keyboard.type(' 14 persons, engine broken');
    await op.keyboard.press('Enter');
    const step = correction.getByTestId('confirm-step');
    await step.waitFor();
    expect(await step.textContent()).toContain('Position 1 was confirmed with the caller');
    // Nothing was saved, and the cursor sits on the explicit button, not in the text.
    expect(await detail.locator('[data-testid=position-row]').count()).toBe(1);
    expect(await focusedTestId(op)).toBe('supersede-confirmed');
    await op.screenshot({ path: `${SHOTS}/haven-confirmed-fact-step.png` });
    await correction.getByRole('button', { name: 'Cancel' }).click();
    expect(await correction.count()).toBe(0);
    expect(await detail.locator('[data-testid=position-row]').count()).toBe(1);

    // Meant this time: replace it, deliberately; the undo bar takes the cursor and undoes it.
    await row0.getByRole('button', { name: 'Correct position 1' }).click();
    await correction.getByLabel('Corrected position for #1').fill('34.6N 13.0E');
    await correction.getByRole('button', { name: 'Save correction' }).click();
    await correction.getByRole('button', { name: 'Yes, replace confirmed position 1' }).click();
    await detail.locator('[data-testid=position-row][data-index="1"]').waitFor();
    await detail.locator('[data-testid=srr-list] li[data-srr-code=MT]').waitFor();
    expect(await focusedTestId(op)).toBe('positions-undo');
    await detail.getByTestId('positions-undo-button').click();
    await detail.locator('[data-testid=position-row][data-index="1"][data-withdrawn=true]').waitFor();
    await detail.locator('[data-testid=srr-list] li[data-srr-code=LY]').waitFor();
    expect(await row0.textContent()).not.toContain('corrected by');
    await detail.locator('[data-testid=timeline] li[data-type=position-withdrawn]').waitFor();

    // Details: saved, then undone; both are on the record.
    await detail.getByText('Edit people, boat, departure and landing').click();
    const details = detail.getByTestId('details-form');
    await details.getByLabel('Persons on board').fill('32');
    await details.getByRole('button', { name: 'Save details' }).click();
    await detail.locator('[data-testid=timeline] li[data-type=details]', { hasText: '30 → 32' }).waitFor();
    await details.getByTestId('details-undo-button').click();
    await detail.locator('[data-testid=timeline] li[data-type=details]', { hasText: '32 → 30' }).waitFor();
    expect(await details.getByLabel('Persons on board').inputValue()).toBe('30');
    await detail.getByTestId('positions').scrollIntoViewIfNeeded();
    await op.screenshot({ path: `${SHOTS}/haven-undo.png` });
  },
);
