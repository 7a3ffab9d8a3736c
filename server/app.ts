import path from 'node:path';
import express, { type Express, type RequestHandler } from 'express';
import type { Deps } from './deps';
import { sessionMiddleware } from './http/auth';
import { errorHandler, HttpError, notFound } from './http/errors';
import { HANDLERS } from './routes';
import { registerRoutes } from './routes/register';
import { formBody } from './webhooks/form-body';
import { verifyTwilioSignature, webhooksConfigured } from './webhooks/twilio-signature';

/** API bodies are small; anything bigger is a mistake or an attack. */
export const BODY_LIMIT = '100kb';

const securityHeaders: RequestHandler = (_req, res, next) => {
  res.set({
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
    'Content-Security-Policy':
      "default-src 'self'; img-src 'self' data: https:; style-src 'self' 'unsafe-inline'; " +
      "connect-src 'self' ws: wss:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
  });
  next();
};

const jsonOnly: RequestHandler = (req, _res, next) => {
  const hasBody = Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;
  if (hasBody && !req.is('application/json'))
    throw new HttpError(415, 'unsupported_media_type', 'send JSON with Content-Type: application/json');
  // UTF-8 only: other charsets (UTF-7 above all) let text mean something else than it shows.
  const charset = /charset=([^;]+)/i
    .exec(req.headers['content-type'] ?? '')?.[1]
    ?.trim()
    .replace(/"/g, '')
    .toLowerCase();
  if (hasBody && charset && charset !== 'utf-8' && charset !== 'utf8')
    throw new HttpError(415, 'unsupported_encoding', `send UTF-8, not ${charset.slice(0, 40)}`);
  next();
};

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Refuse bytes that are not valid UTF-8 instead of storing replacement characters in place of what was sent. */
function strictUtf8(_req: unknown, _res: unknown, buf: Buffer): void {
  try {
    utf8.decode(buf);
  } catch {
    throw new HttpError(400, 'invalid_encoding', 'request body is not valid UTF-8');
  }
}

/** Build the Express app from its dependencies, without listening (tests mount it on port 0). */
export function createApp(deps: Deps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', deps.config.trustProxy);
  app.use(securityHeaders);
  app.use(deps.metrics.middleware());
  app.use(
    '/api',
    jsonOnly,
    express.json({ limit: BODY_LIMIT, strict: true, verify: strictUtf8 }),
    sessionMiddleware(deps.store),
  );
  // Twilio has no session: its signature over PUBLIC_URL is checked before any webhook route runs.
  app.use(
    '/webhooks/twilio',
    webhooksConfigured(deps.config),
    ...formBody,
    verifyTwilioSignature(deps.config, deps.log),
  );
  registerRoutes(app, deps, HANDLERS);
  app.use(['/api', '/webhooks'], notFound);

  const webDist = deps.config.webDist ?? path.join(__dirname, '..', 'web', 'dist');
  app.use(express.static(webDist, { index: 'index.html', maxAge: '1h' }));
  // The console is a single page: every other GET serves it, and it routes by role.
  app.get(/^\/(?!api\/|webhooks\/|socket\.io\/).*/, (_req, res) => res.sendFile(path.join(webDist, 'index.html')));
  app.use(errorHandler(deps.log));
  return app;
}
