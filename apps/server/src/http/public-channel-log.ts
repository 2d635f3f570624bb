import { DEFAULT_RECEPTION_PRECISION, type ReceptionPrecision, receptionTimeText } from '@assay/core';
import type { LogFields } from './logger.js';

/** Route patterns of the public grievance channel: the report form, follow-up and the public API. */
const PUBLIC_CHANNEL = /^\/report\/:channel(?:\/|$)|^\/api\/v1\/public\/grievances(?:\/|$)/;

/** True for a route pattern of the public grievance channel. */
export function isPublicChannelRoute(route: string): boolean {
  return PUBLIC_CHANNEL.test(route);
}

/**
 * The fields of a log line about a request on the public grievance channel: its time cut to the
 * stored precision of reception times (the hour by default) and neither a request id nor a
 * duration, so the line cannot be matched to the reporter's line in a reverse proxy's access log
 * (which holds the address next to a millisecond and the request's duration).
 * Other routes keep `fields` as they are.
 */
export function publicChannelLogFields(
  route: string,
  fields: LogFields,
  now: Date = new Date(),
  precision: ReceptionPrecision = DEFAULT_RECEPTION_PRECISION,
): LogFields {
  if (!isPublicChannelRoute(route)) return fields;
  const { requestId: _requestId, ms: _ms, ...rest } = fields;
  return { ...rest, time: receptionTimeText(now, precision) };
}
