import type { Page } from 'playwright-core';
import { SHOTS, browserSuite, logCall, logIn as logInAs, uniqueCaller } from './browser';

jest.setTimeout(180_000);

const suite = browserSuite();

const openPage = (width?: number, height?: number) => suite.browser.openPage(width, height);
const logIn = (page: Page, user: { username: string; password: string }) => logInAs(page, suite.system, user);

test('an operator logs a call and sees it on the map and in the list; a harbour accepts, shown live', async () => {
  const op = await openPage();
  await logIn(op, suite.system.users.operator);
  await op.evaluate(() => {
    (window as unknown as { __sameDocument: boolean }).__sameDocument = true;
  });

  const position = "35°46.628'N 014°17.504'E";
  const callerNumber = uniqueCaller();
  const caseId = await logCall(op, { callerNumber, position, personsOnBoard: 42 });

  const row = op.locator(`[data-testid=case-row][data-case-id="${caseId}"]`);
  await expect(row.getByTestId('pob').textContent()).resolves.toContain('42 POB');
  await expect(row.getByTestId('position-raw').textContent()).resolves.toContain(position);
  await expect(row.getByTestId('position-fix').textContent()).resolves.toContain('35°46.628′N 014°17.504′E');
  expect(await row.getByTestId('position-warning').count()).toBe(0);

  const marker = op.locator(`.case-marker[data-case-id="${caseId}"]`);
  await marker.waitFor({ state: 'visible' });
  expect(Number(await marker.getAttribute('data-lat'))).toBeCloseTo(35 + 46.628 / 60, 4);
  expect(Number(await marker.getAttribute('data-lon'))).toBeCloseTo(14 + 17.504 / 60, 4);
  await op.locator('.leaflet-container[data-basemap=loaded]').waitFor();

  // The worker asks the nearest willing harbours (Valletta first, for this position); answer as
  // whichever of them has a demo harbour login.
  const harbourUsers = Object.values(suite.system.users).filter((u) => u.harbourId);
  const chips = row.locator(
    harbourUsers.map((u) => `[data-testid=docking-status][data-harbour-id="${u.harbourId}"]`).join(', '),
  );
  await chips.first().waitFor({ timeout: 60_000 });
  const chip = chips.first();
  const requestId = await chip.getAttribute('data-request-id');
  const askedHarbour = await chip.getAttribute('data-harbour-id');
  const harbourUser = harbourUsers.find((u) => u.harbourId === askedHarbour)!;
  expect(await chip.getAttribute('data-status')).toBe('pending');
  await op.screenshot({ path: `${SHOTS}/haven-console.png` });

  const harbour = await openPage(1280, 800);
  await logIn(harbour, harbourUser);
  const card = harbour.locator(`[data-testid=docking-request][data-request-id="${requestId}"]`);
  await card.waitFor();
  await expect(card.textContent()).resolves.toContain('42 people');
  // A harbour sees what it needs to decide, never who called or the exact position.
  await expect(card.textContent()).resolves.not.toContain(position);
  await expect(harbour.locator('body').textContent()).resolves.not.toContain(callerNumber.slice(-7));
  await harbour.screenshot({ path: `${SHOTS}/haven-harbour.png` });
  await card.getByLabel('Places you can offer').fill('42');
  await card.getByRole('button', { name: 'Accept' }).click();
  await harbour
    .locator(`[data-testid=docking-request][data-request-id="${requestId}"][data-status=accepted]`)
    .waitFor();

  await row.locator(`[data-testid=docking-status][data-request-id="${requestId}"][data-status=accepted]`).waitFor();
  expect(await op.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);

  await row.getByRole('button', { name: `Show case ${caseId}` }).click();
  const detail = op.getByTestId('case-detail');
  await detail.locator(`[data-testid=docking-row][data-request-id="${requestId}"][data-status=accepted]`).waitFor();
  expect(await detail.getByTestId('timeline').locator('li').count()).toBeGreaterThan(1);
  await op.screenshot({ path: `${SHOTS}/haven-console-accepted.png` });
});

test('a call whose position cannot be parsed shows the raw text and a visible warning', async () => {
  const op = await openPage();
  await logIn(op, suite.system.users.operator);
  const position = 'near the oil platform, two hours south of Lampedusa';
  const caseId = await logCall(op, { callerNumber: uniqueCaller(), position, personsOnBoard: 17 });

  const row = op.locator(`[data-testid=case-row][data-case-id="${caseId}"]`);
  await expect(row.getByTestId('position-raw').textContent()).resolves.toContain(position);
  const warning = row.getByTestId('position-warning');
  expect(await warning.isVisible()).toBe(true);
  expect(((await warning.textContent()) ?? '').trim().length).toBeGreaterThan(2);
  expect(await op.locator(`.case-marker[data-case-id="${caseId}"]`).count()).toBe(0);
  await op.screenshot({ path: `${SHOTS}/haven-console-unparsed.png` });
});

test('a wrong password is refused inline and the username stays filled in', async () => {
  const page = await openPage(1024, 700);
  await page.goto(suite.system.baseUrl);
  await page.getByLabel('Username').fill(suite.system.users.operator.username);
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByRole('button', { name: 'Log in' }).click();
  const error = page.getByTestId('login-error');
  await error.waitFor();
  expect(((await error.textContent()) ?? '').length).toBeGreaterThan(3);
  expect(await page.getByLabel('Username').inputValue()).toBe(suite.system.users.operator.username);
});

test('a call the server refuses shows its reason inline and keeps everything the operator typed', async () => {
  const op = await openPage();
  await logIn(op, suite.system.users.operator);
  const form = op.getByTestId('call-form');
  await form.getByLabel('Caller number').fill('12');
  await form.getByLabel('Position as given').fill("35°10'N 013°20'E");
  await form.getByLabel('Persons on board').fill('30');
  await form.getByRole('button', { name: 'Log call' }).click();
  const error = op.getByTestId('call-error');
  await error.waitFor();
  expect(((await error.textContent()) ?? '').length).toBeGreaterThan(5);
  expect(await form.getByLabel('Caller number').inputValue()).toBe('12');
  expect(await form.getByLabel('Position as given').inputValue()).toBe("35°10'N 013°20'E");
  expect(await form.getByLabel('Persons on board').inputValue()).toBe('30');
  await op.screenshot({ path: `${SHOTS}/haven-console-refused.png` });
});
