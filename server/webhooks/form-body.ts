import express, { type RequestHandler } from 'express';
import { HttpError } from '../http/errors';

/** Twilio's webhook bodies are a few hundred bytes to a few kB (an SMS is at most 1600 characters). */
export const WEBHOOK_BODY_LIMIT = '20kb';

const formOnly: RequestHandler = (req, _res, next) => {
  const hasBody = Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;
  if (hasBody && !req.is('application/x-www-form-urlencoded')) {
    throw new HttpError(415, 'unsupported_media_type', 'Twilio webhooks are application/x-www-form-urlencoded');
  }
  next();
};

/**
 * 415 for anything but a form body, then parse it flat (Twilio never nests; a repeated field
 * becomes an array, which the parameter schemas refuse).
 */
export const formBody: RequestHandler[] = [
  formOnly,
  express.urlencoded({ extended: false, limit: WEBHOOK_BODY_LIMIT, parameterLimit: 200 }),
];
