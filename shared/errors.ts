/** The JSON body of every API error: a stable code for programs and a sentence for people. */
export interface ApiErrorBody {
  error: string;
  message: string;
  details?: unknown;
}
