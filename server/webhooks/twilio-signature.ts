import type { RequestHandler } from 'express';
import type { Logger } from 'pino';
import twilio from 'twilio';
import type { Config } from '../../shared/backend/config';
import { HttpError } from '../http/errors';

/**
 * Fail closed: without an auth token to check signatures with, or without the public URL Twilio
 * signed, nobody can prove a request came from Twilio, so every webhook is refused.
 */
export function webhooksConfigured(config: Config): RequestHandler {
  return (_req, _res, next) => {
    const missing = [config.twilio?.authToken ? '' : 'TWILIO_AUTH_TOKEN', config.publicUrl ? '' : 'PUBLIC_URL'].filter(
      Boolean,
    );
    if (missing.length) {
      throw new HttpError(
        403,
        'webhooks_disabled',
        `Twilio webhooks are disabled: set ${missing.join(' and ')} so that their signatures can be checked`,
      );
    }
    next();
  };
}

/** The URL Twilio requested and signed: the configured public base plus the path and query as received. */
export function signedUrl(publicUrl: string, originalUrl: string): string {
  return publicUrl.replace(/\/+$/, '') + originalUrl;
}

/**
 * 403 unless `X-Twilio-Signature` is Twilio's HMAC of the public URL and the form parameters
 * (checked by the twilio SDK). Runs after the form body is parsed, before any handler.
 */
export function verifyTwilioSignature(config: Config, log: Logger): RequestHandler {
  return (req, _res, next) => {
    const signature = req.get('x-twilio-signature');
    const url = signedUrl(config.publicUrl ?? '', req.originalUrl);
    const token = config.twilio?.authToken;
    if (!signature || !token || !validSignature(token, signature, url, (req.body ?? {}) as Record<string, unknown>)) {
      // A wrong PUBLIC_URL shows up here: compare this URL with the one configured at Twilio.
      log.warn({ component: 'webhooks', url, signed: Boolean(signature) }, 'Twilio webhook signature rejected');
      throw new HttpError(403, 'bad_signature', 'missing or wrong X-Twilio-Signature');
    }
    next();
  };
}

function validSignature(token: string, signature: string, url: string, params: Record<string, unknown>): boolean {
  try {
    return twilio.validateRequest(token, signature, url, params);
  } catch {
    // A URL the SDK cannot even parse was not signed by Twilio.
    return false;
  }
}
