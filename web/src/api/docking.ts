import type { DockingAnswerInput, DockingRequest, HarbourDockingView } from '../../../shared/domain/docking-request';
import { call } from './client';

/** Docking requests: a harbour gets its own (reduced view), operators get all. */
export async function listDockingRequests<T extends HarbourDockingView = HarbourDockingView>(): Promise<T[]> {
  return (await call('docking.list', {})).requests as T[];
}

/** Accepts or declines a docking request. */
export async function answerDockingRequest(
  id: string,
  body: DockingAnswerInput,
): Promise<HarbourDockingView | DockingRequest> {
  return (await call('docking.answer', { params: { id }, body })).request;
}
