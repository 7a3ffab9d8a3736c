import type { DockingAnswerInput, DockingRequest, HarbourDockingView } from '../../../shared/domain/docking-request';
import { request } from './http';

/** Docking requests: a harbour gets its own (reduced view), operators get all. */
export async function listDockingRequests<T extends HarbourDockingView = HarbourDockingView>(): Promise<T[]> {
  return (await request<{ requests: T[] }>('GET', '/api/docking-requests')).requests;
}

/** Accepts or declines a docking request. */
export async function answerDockingRequest(id: string, answer: DockingAnswerInput): Promise<HarbourDockingView | DockingRequest> {
  const res = await request<{ request: HarbourDockingView }>('POST', `/api/docking-requests/${encodeURIComponent(id)}/answer`, { body: answer });
  return res.request;
}
