import { describe, expect, it } from 'vitest';
import { clientNetwork } from './client-key.js';

describe('clientNetwork', () => {
  it('keeps an IPv4 address, also when it comes IPv4-mapped', () => {
    expect(clientNetwork('203.0.113.9')).toBe('203.0.113.9');
    expect(clientNetwork('::ffff:203.0.113.9')).toBe('203.0.113.9');
  });

  it('counts every address of one IPv6 /64 as one client, however it is written', () => {
    const one = clientNetwork('2001:db8:aa:1::1');
    expect(one).toBe('2001:db8:aa:1::/64');
    expect(clientNetwork('2001:0DB8:00aa:0001:ffff:1:2:3')).toBe(one);
    expect(clientNetwork('2001:db8:aa:1:0:0:0:99%eth0')).toBe(one);
    expect(clientNetwork('2001:db8:aa:2::1')).not.toBe(one);
    expect(clientNetwork('::1')).toBe('0:0:0:0::/64');
    expect(clientNetwork('fe80::1')).toBe('fe80:0:0:0::/64');
  });

  it('leaves anything else as it is', () => {
    expect(clientNetwork('unknown')).toBe('unknown');
  });
});
