import { Redis } from 'ioredis';
import type { Page } from 'playwright-core';
import { keyspace } from '../../shared/backend/store/keys';
import { createWorkerBroadcaster } from '../../worker/realtime/emitter';
import { vesselClass } from '../../web/src/map/vessel-class';
import { SHOTS, browserSuite, logIn } from './browser';
import { advance, simulateFleet, type SimVessel } from './vessel-sim';

jest.setTimeout(240_000);

/** The server alone: batches are published the way the AIS worker does, through the Redis emitter. */
const suite = browserSuite({ worker: false });
const N = 5000;
let redis: Redis;
let publish: (batch: SimVessel[]) => void;
let fleet: SimVessel[];

beforeAll(() => {
  redis = new Redis(suite.system.redisUrl);
  const broadcaster = createWorkerBroadcaster(redis, keyspace(suite.system.prefix).socketKey());
  publish = (batch) => broadcaster.vessels(batch);
  fleet = simulateFleet(N);
});
afterAll(async () => {
  await redis?.quit();
});

const count = (cls: string) => fleet.filter((v) => vesselClass(v) === cls).length;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Logs in as the operator, waits for the live link, sends the fleet and waits until the legend counts it. */
async function consoleWithFleet(width: number, height: number): Promise<Page> {
  const page = await suite.browser.openPage(width, height);
  await logIn(page, suite.system, suite.system.users.operator);
  await page.locator('[data-testid=link-status].link-live').waitFor();
  await page.locator('.map[data-basemap=loaded]').waitFor();
  publish(fleet);
  await page
    .locator('[data-legend=merchant] .legend-count', { hasText: String(count('merchant')) })
    .waitFor({ state: 'attached' });
  return page;
}

/**
 * A listed vessel's point in the viewport (its entry in the accessible list gives map pixels),
 * choosing one that no map control covers, as a person would hover one they can see.
 */
async function pointOf(page: Page, selector: string): Promise<{ mmsi: string; x: number; y: number }> {
  await page.locator(`[data-testid=vessel-marker]${selector}`).first().waitFor({ state: 'attached' });
  const found = await page.evaluate((sel) => {
    const map = document.querySelector('[data-testid=map]')!;
    const box = map.getBoundingClientRect();
    for (const li of document.querySelectorAll<HTMLElement>(`[data-testid=vessel-marker]${sel}`)) {
      const x = box.x + Number(li.dataset.x);
      const y = box.y + Number(li.dataset.y);
      const under = document.elementFromPoint(x, y);
      if (under && (under === map || under.closest('.leaflet-map-pane'))) return { mmsi: li.dataset.mmsi!, x, y };
    }
    return null;
  }, selector);
  if (!found) throw new Error(`no uncovered vessel matches ${selector}`);
  return found;
}

test(`${N} moving vessels on one canvas: frames keep coming while batches stream; a hover names one`, async () => {
  const page = await consoleWithFleet(1440, 900);
  expect(await page.locator('.leaflet-pane canvas.haven-canvas').count()).toBe(1);
  expect(await page.locator('.sart-halo').count()).toBe(count('sart'));

  // Ten batches moving every vessel, 300 ms apart (the AIS flush interval), while the page counts frames.
  const frames = page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let n = 0;
        const end = performance.now() + 3000;
        const tick = (t: number) => {
          n += 1;
          if (t < end) requestAnimationFrame(tick);
          else resolve(n);
        };
        requestAnimationFrame(tick);
      }),
  );
  for (let i = 1; i <= 10; i++) {
    fleet = advance(fleet, 30);
    publish(fleet);
    await sleep(300);
  }
  const drawnFrames = await frames;
  console.log(`vessel map: ${drawnFrames} frames in 3 s while ${N} vessels moved every 300 ms`);
  expect(drawnFrames).toBeGreaterThanOrEqual(15);
  await sleep(800);
  await page.screenshot({ path: `${SHOTS}/haven-vessels-5000-desktop.png` });

  // Hover a rescue asset: the tooltip names it, as before with DOM markers.
  const rescue = await pointOf(page, '[data-class=rescue]');
  await page.mouse.move(rescue.x, rescue.y);
  const tip = page.locator(`[data-testid=vessel-tooltip][data-mmsi="${rescue.mmsi}"]`);
  await tip.waitFor();
  expect((await tip.innerText()).replace(/\s+/g, ' ')).toMatch(
    /RESCUE \d{4} Rescue asset MMSI \d{9}.*\d+\.\d kn · course \d{3}°.*Reported .* by simulator/i,
  );
  await page.screenshot({ path: `${SHOTS}/haven-vessels-hover.png` });

  // A click selects: the tooltip stays when the mouse leaves; Escape clears it.
  await page.mouse.click(rescue.x, rescue.y);
  await page.mouse.move(5, 5);
  await tip.waitFor();
  await page.keyboard.press('Escape');
  await tip.waitFor({ state: 'detached' });

  // An AIS-SART is an alarm: its tooltip says so.
  const sart = await pointOf(page, '[data-class=sart]');
  await page.mouse.move(sart.x, sart.y);
  const sartTip = page.locator(`[data-testid=vessel-tooltip][data-mmsi="${sart.mmsi}"]`);
  await sartTip.waitFor();
  expect(await sartTip.textContent()).toContain('AIS-SART ALARM');

  // Hiding merchants takes them out of the list of vessels (the canvas alike); alarms have no switch.
  await page.locator('[data-testid=vessel-filter][data-class=merchant]').uncheck();
  await sleep(700);
  expect(await page.locator('[data-testid=vessel-marker][data-class=merchant]').count()).toBe(0);
  expect(await page.locator('[data-testid=vessel-filter][data-class=sart]').count()).toBe(0);
  await page.locator('[data-testid=vessel-filter][data-class=merchant]').check();

  // From the keyboard: the list selects and pans; zoomed in, names and 6-minute vectors show.
  const listed = page.locator('[data-testid=vessel-marker][data-class=fishing] button').first();
  await listed.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await page.screenshot({ path: `${SHOTS}/haven-vessels-keyboard-list.png` });
  await page.keyboard.press('Enter');
  for (let i = 0; i < 4; i++) {
    await page.locator('.leaflet-control-zoom-in').click();
    await sleep(400);
  }
  await page.mouse.move(5, 5);
  await sleep(800);
  await page.screenshot({ path: `${SHOTS}/haven-vessels-zoomed.png` });
});

test("at 360 px the console map shows the fleet and a tapped vessel's tooltip", async () => {
  const page = await consoleWithFleet(360, 740);
  const map = page.getByTestId('map');
  await map.scrollIntoViewIfNeeded();
  await sleep(800);
  const box = (await map.boundingBox())!;
  expect(box.width).toBeLessThanOrEqual(360);
  await page.screenshot({ path: `${SHOTS}/haven-vessels-5000-phone.png` });
  const rescue = await pointOf(page, '[data-class=rescue]');
  await page.mouse.click(rescue.x, rescue.y);
  await page.locator(`[data-testid=vessel-tooltip][data-mmsi="${rescue.mmsi}"]`).waitFor();
  await page.screenshot({ path: `${SHOTS}/haven-vessels-phone-tooltip.png` });
});

test('at 360 px a crew sees its own vessel ringed among the fleet, and the list of vessels nearest to it', async () => {
  const page = await suite.browser.openPage(360, 740);
  await logIn(page, suite.system, suite.system.users.crew);
  await page.locator('[data-testid=link-status].link-live').waitFor();
  const own = {
    ...fleet[5],
    mmsi: suite.system.users.crew.vesselMmsi!,
    name: 'SEA-WATCH 5',
    at: new Date().toISOString(),
  };
  publish([...fleet, own]);
  await page
    .locator(`[data-testid=vessel-marker][data-mmsi="${own.mmsi}"][data-own=true]`)
    .waitFor({ state: 'attached' });
  await page.locator(`[data-testid=vessel-list] li.own[data-mmsi="${own.mmsi}"]`).waitFor();
  expect(await page.locator('[data-testid=vessel-list] li').count()).toBeLessThanOrEqual(16);
  const map = page.getByTestId('map');
  await map.scrollIntoViewIfNeeded();
  await sleep(800);
  expect((await map.boundingBox())!.width).toBeLessThanOrEqual(360);
  await page.screenshot({ path: `${SHOTS}/haven-vessels-crew-phone.png` });
});
