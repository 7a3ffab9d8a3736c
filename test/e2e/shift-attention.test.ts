import { SHOTS, browserSuite, logCall, logIn, uniqueCaller } from './browser';

jest.setTimeout(180_000);

const suite = browserSuite({ worker: false });

test(
  'a case another operator logs raises a badge and a sound; opening it clears the badge and the timeline says ' +
    'who saw it; the mute is remembered for the user',
  async () => {
    const sup = await suite.browser.openPage(1440, 1000);
    const op = await suite.browser.openPage(1440, 1000);
    await logIn(sup, suite.system, suite.system.users.supervisor);
    await logIn(op, suite.system, suite.system.users.operator);
    await op.getByTestId('attention-bar').waitFor();
    const chimes = () => op.evaluate(() => Number(document.documentElement.dataset.chimes ?? 0));
    const before = await chimes();

    const caller = uniqueCaller();
    const caseId = await logCall(sup, { callerNumber: caller, position: '34 10N 012 30E', personsOnBoard: 25 });
    const row = op.locator(`[data-testid=case-row][data-case-id="${caseId}"]`);
    await row.locator('[data-testid=attention-badge][data-kinds~="new-case"]').waitFor();
    expect(await chimes()).toBeGreaterThan(before);
    expect(await op.getByTestId('attention-summary').textContent()).toContain('new case');
    expect(await op.title()).toMatch(/^\(\d+\) /);
    // The supervisor logged it: nothing for them to look at.
    expect(
      await sup.locator(`[data-testid=case-row][data-case-id="${caseId}"] [data-testid=attention-badge]`).count(),
    ).toBe(0);
    await op.screenshot({ path: `${SHOTS}/haven-attention-1440.png` });

    // Alt+N opens the case that waited longest; the badge goes, and the timeline names who saw it.
    await op.keyboard.press('Alt+KeyN');
    const detail = op.locator(`[data-testid=case-detail][data-case-id="${caseId}"]`);
    await detail.waitFor();
    await detail
      .locator('[data-testid=timeline] li[data-type=seen]', { hasText: 'seen by operator: new case' })
      .waitFor();
    await row.locator('[data-testid=attention-badge]').waitFor({ state: 'detached' });

    // With the detail closed, the caller's next call is a new message on the row.
    await op.keyboard.press('Escape');
    await detail.waitFor({ state: 'hidden' });
    await logCall(sup, { callerNumber: caller, position: '34 12N 012 31E', personsOnBoard: 25 });
    await row.locator('[data-testid=attention-badge][data-kinds~="caller-message"]').waitFor();

    // Muted, and still muted after a reload: no more chimes, the badge still shows.
    await op.getByTestId('sound-toggle').click();
    expect(await op.getByTestId('sound-toggle').getAttribute('aria-pressed')).toBe('false');
    await op.reload();
    await op.getByTestId('current-user').waitFor();
    expect(await op.getByTestId('sound-toggle').getAttribute('aria-pressed')).toBe('false');
    const muted = await chimes();
    await logCall(sup, { callerNumber: uniqueCaller(), position: '34 20N 012 40E', personsOnBoard: 9 });
    await op.locator('[data-testid=attention-badge][data-kinds~="new-case"]').first().waitFor();
    expect(await chimes()).toBe(muted);

    const phone = await suite.browser.openPage(360, 800);
    await logIn(phone, suite.system, suite.system.users.operator);
    await phone.getByTestId('attention-bar').waitFor();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await phone.screenshot({ path: `${SHOTS}/haven-attention-360.png` });
  },
);

test(
  'keyboard-first call logging: Alt+L, a pasted satellite-phone SMS read back before Enter logs it; ' +
    'the list can put the longest-silent case first',
  async () => {
    const op = await suite.browser.openPage(1440, 1000);
    await logIn(op, suite.system, suite.system.users.operator);
    await op.getByTestId('case-detail').waitFor({ state: 'attached' });
    const form = op.getByTestId('call-form');

    const logByKeyboard = async (caller: string, sms: string) => {
      await op.keyboard.press('Alt+KeyL');
      await op.keyboard.type(caller);
      await op.keyboard.press('Tab');
      await op.keyboard.insertText(sms);
      await op.keyboard.press('Enter');
      const result = op.locator('[data-testid=call-result][data-case-id]');
      await result.waitFor();
      return (await result.getAttribute('data-case-id'))!;
    };
    const callerA = uniqueCaller();
    await op.keyboard.press('Alt+KeyL');
    expect(await op.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('callerNumber');
    await op.keyboard.type(callerA);
    await op.keyboard.press('Tab');
    await op.keyboard.insertText("Thuraya\nGPS: N 34°12.345' E 012°30.123'\nSpeed 2kn 40 ppl");
    expect(await form.getByTestId('position-reading').textContent()).toContain('34°12.345′N');
    await op.screenshot({ path: `${SHOTS}/haven-call-keyboard-1440.png` });
    await op.keyboard.press('Enter');
    const resultA = op.locator('[data-testid=call-result][data-case-id]');
    await resultA.waitFor();
    const caseA = (await resultA.getAttribute('data-case-id'))!;
    await op.locator(`[data-testid=case-detail][data-case-id="${caseA}"] [data-testid=position-row]`).waitFor();
    expect(await form.getByLabel('Position as given').inputValue()).toBe('');

    const callerB = uniqueCaller();
    const caseB = await logByKeyboard(callerB, 'Lat: 34.5 Lon: 12.9');
    await logByKeyboard(callerB, 'Lat: 34.51 Lon: 12.91');
    const rowIndex = (id: string) =>
      op.evaluate(
        (cid) =>
          [...document.querySelectorAll('[data-testid=case-row]')].findIndex(
            (r) => r.getAttribute('data-case-id') === cid,
          ),
        id,
      );
    expect(await rowIndex(caseB)).toBeLessThan(await rowIndex(caseA));
    await op.getByTestId('case-order').selectOption('urgent');
    // A was heard from last before B's second call: in the urgent order it comes first.
    expect(await rowIndex(caseA)).toBeLessThan(await rowIndex(caseB));
    await op.reload();
    await op.locator('[data-testid=case-list][data-order=urgent]').waitFor();
    await op.locator(`[data-testid=case-row][data-case-id="${caseA}"]`).waitFor();
    expect(await op.getByTestId('case-order').inputValue()).toBe('urgent');
  },
);

test('the "Dear officer on duty" text is written from the case and copied in one press', async () => {
  const op = await suite.browser.openPage(1440, 1000, ['clipboard-read', 'clipboard-write']);
  await logIn(op, suite.system, suite.system.users.operator);
  const caseId = await logCall(op, { callerNumber: uniqueCaller(), position: '34 30N 012 15E', personsOnBoard: 42 });
  const detail = op.locator(`[data-testid=case-detail][data-case-id="${caseId}"]`);
  const panel = detail.getByTestId('authority-notice');
  await panel.locator('summary').click();
  const text = panel.getByTestId('authority-notice-text');
  await text.getByText('Dear officer on duty', { exact: false }).waitFor();
  expect(await text.textContent()).toContain('Persons: 42 persons on board');
  expect(await text.textContent()).toContain('Last known position: 34-30.0N 012-15.0E');
  expect(await text.textContent()).toContain('operator');
  await panel.getByTestId('authority-notice-copy').click();
  await panel.getByTestId('authority-notice-copied').getByText('Copied.').waitFor();
  expect(await op.evaluate(() => navigator.clipboard.readText())).toBe(await text.textContent());
  await panel.scrollIntoViewIfNeeded();
  await op.screenshot({ path: `${SHOTS}/haven-authority-notice-1440.png` });
});

test('the handover tab shows open cases and the changes of the shift as text to copy, at 1440 and 360 px', async () => {
  for (const width of [1440, 360]) {
    const op = await suite.browser.openPage(width, 1000, ['clipboard-read', 'clipboard-write']);
    await logIn(op, suite.system, suite.system.users.operator);
    const caseId = await logCall(op, { callerNumber: uniqueCaller(), position: '34 40N 012 35E', personsOnBoard: 17 });
    await op.getByRole('tab', { name: 'Handover' }).click();
    const text = op.getByTestId('handover-text');
    await text.getByText(`${caseId}) DETRESFA, 17 POB`, { exact: false }).waitFor();
    expect(await text.textContent()).toContain('CHANGES:');
    await op.getByTestId('handover-copy').click();
    await op.getByTestId('handover-copied').getByText('Copied.').waitFor();
    expect(await op.evaluate(() => navigator.clipboard.readText())).toBe(await text.textContent());
    const box = (await op.getByTestId('handover-panel').boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(width);
    await op.getByTestId('handover-panel').scrollIntoViewIfNeeded();
    await op.screenshot({ path: `${SHOTS}/haven-handover-${width}.png` });
  }
});
