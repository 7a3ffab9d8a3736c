import { ApiClient } from '../helpers/client';
import { startSystem, testPassword, type TestSystem } from '../helpers/system';

let sys: TestSystem;
beforeAll(async () => {
  sys = await startSystem({ worker: false });
});
afterAll(async () => {
  await sys.close();
});

const supervisor = () => new ApiClient(sys.baseUrl).login('supervisor', testPassword('supervisor'));
const harbour = (name: string) => new ApiClient(sys.baseUrl).login(name, testPassword(name));
const lampedusa = async (c: ApiClient) =>
  (await c.request('GET', '/api/harbours')).body.harbours.find((h: { id: string }) => h.id === 'lampedusa');

describe('PATCH /api/harbours/:id changes only the fields it names', () => {
  it('when a supervisor changes only the capacity, the contacts stay', async () => {
    const sup = await supervisor();
    const contacts = [{ name: 'Port office', phone: '+390922000001', channels: ['sms', 'voice'] }];
    expect((await sup.request('PATCH', '/api/harbours/lampedusa', { contacts })).status).toBe(200);
    const res = await sup.request('PATCH', '/api/harbours/lampedusa', { capacity: 123 });
    expect(res.status).toBe(200);
    expect(res.body.harbour).toMatchObject({ capacity: 123, contacts });
    expect(await lampedusa(sup)).toMatchObject({ capacity: 123, contacts });
  });

  it('a harbour user sets its own willingness, capacity and contacts, and nothing else', async () => {
    const own = await harbour('lampedusa');
    for (const patch of [
      { willing: false },
      { capacity: 80 },
      { contacts: [{ name: 'Duty officer', phone: '+390922000002', channels: ['sms'] }] },
    ]) {
      const res = await own.request('PATCH', '/api/harbours/lampedusa', patch);
      expect({ status: res.status, harbour: res.body.harbour }).toMatchObject({ status: 200, harbour: patch });
    }
    const refused = await own.request('PATCH', '/api/harbours/lampedusa', { medical: true });
    expect(refused).toMatchObject({ status: 403, body: { error: 'forbidden' } });
    expect(await lampedusa(await supervisor())).toMatchObject({
      willing: false,
      capacity: 80,
      medical: expect.any(Boolean),
    });
  });

  it("another harbour's record is not found, and unknown fields are refused", async () => {
    const own = await harbour('lampedusa');
    expect((await own.request('PATCH', '/api/harbours/palermo', { capacity: 1 })).status).toBe(404);
    expect(
      (await (await supervisor()).request('PATCH', '/api/harbours/palermo', { capacity: 1, owner: 'x' })).status,
    ).toBe(400);
  });
});
