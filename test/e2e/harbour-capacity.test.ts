import { ApiClient } from '../helpers/client';
import { SHOTS, browserSuite, logIn, uniqueCaller } from './browser';

jest.setTimeout(180_000);

const suite = browserSuite();
const SLOW = { timeout: 60_000 };

test('a harbour accepts part of a boat on its phone; its remaining capacity drops by the places taken', async () => {
  const op = await new ApiClient(suite.system.baseUrl).login('operator', suite.system.users.operator.password);
  const page = await suite.browser.openPage(360, 800);
  await logIn(page, suite.system, suite.system.users.lampedusa);
  const capacity = page.getByLabel('Remaining capacity (people)');
  await page.waitForFunction(
    () => (document.querySelector('input[name=capacity]') as HTMLInputElement | null)?.value === '400',
    undefined,
    SLOW,
  );
  const res = await op.request('POST', '/api/calls', {
    callerNumber: uniqueCaller(),
    position: "35°20.0'N 012°40.0'E",
    personsOnBoard: 50,
  });
  expect(res.status).toBe(201);
  const card = page.locator('[data-testid=docking-request]', { hasText: '50' });
  await card.waitFor(SLOW);
  await card.getByLabel('Places you can offer').fill('20');
  await card.getByTestId('accept').click();
  await card.locator('[data-testid=request-status]', { hasText: 'accepted' }).waitFor(SLOW);
  await page.getByText('Capacity lowered by the places just accepted.').waitFor(SLOW);
  expect(await capacity.inputValue()).toBe('380');
  await capacity.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/haven-harbour-capacity-360.png` });
  const c = (await op.request('GET', `/api/cases/${res.body.caseId}`)).body.case;
  expect(c.matching).toMatchObject({ unplaced: 30 });
});
