/** Path parameters shared by several endpoints; a value that fails one answers 404. */
import * as z from 'zod';
import { HARBOUR_ID } from '../domain/ids';

/** `:id` of a case. */
export const CaseIdParams = z.object({ id: z.string().regex(/^C-\d{6,12}$/, 'a case id such as C-000042') });
/** `:id` of a docking request. */
export const RequestIdParams = z.object({
  id: z.string().regex(/^[DR]-\d{6,12}-[a-z0-9-]{1,64}$/, 'a request id such as D-000042-lampedusa'),
});
/** `:id` of a harbour or reception city. */
export const HarbourIdParams = z.object({ id: z.string().regex(HARBOUR_ID, 'a harbour id') });
/** `:mmsi` of a vessel. */
export const MmsiParams = z.object({ mmsi: z.string().regex(/^\d{1,9}$/, 'an MMSI') });
/** `?limit=` of a list. */
export const LimitQuery = z.object({ limit: z.coerce.number().int().min(1).max(1000).optional() });
