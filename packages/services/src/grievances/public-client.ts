import { createHmac } from 'node:crypto';

/**
 * How many bits of a client's network the public channel keeps: 16, so that every stored key
 * stands for one of 65,536 buckets. Trying every IPv4 address against a stored key leaves tens of
 * thousands of candidates, so what is stored cannot be turned back into the reporter's address; a
 * genuine reporter who shares a flooder's bucket (about 1 in 65,536) is only asked for the second
 * step or slowed down, never refused.
 */
export const PUBLIC_CLIENT_BITS = 16;

/**
 * The public channel's name for a client network (`clientNetwork` in the server): a bucket taken
 * from HMAC-SHA256 keyed with the server secret, so no one without the secret can choose an address
 * that falls into a given reporter's bucket.
 */
export function publicClientBucket(secret: Buffer, network: string): string {
  const digest = createHmac('sha256', secret).update(`public-client:${network}`, 'utf8').digest();
  const bucket = digest.readUInt32BE(0) >>> (32 - PUBLIC_CLIENT_BITS);
  return `bucket:${bucket.toString(16).padStart(PUBLIC_CLIENT_BITS / 4, '0')}`;
}
