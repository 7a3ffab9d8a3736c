import type { Harbour } from '../../shared/domain/harbour';
import { normalizeCaller } from '../../shared/phone';
import type { Store } from '../../shared/backend/store';

/** The harbours that list this number (E.164) among their contacts: usually one, a shared desk several. */
export async function harboursByPhone(store: Store, e164: string): Promise<Harbour[]> {
  const harbours = await store.harbours.all();
  return harbours.filter((h) =>
    h.contacts.some((c) => c.phone !== undefined && normalizeCaller(c.phone).e164 === e164),
  );
}
