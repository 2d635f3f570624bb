import { beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, setUp } from '../test-support/test-app.js';
import { noticeCounts } from './notice.js';

describe('noticeCounts: the only values a redirect carries into a notice', () => {
  it('reads exactly the named counts, digits only', () => {
    expect(noticeCounts('3', ['count'])).toEqual({ count: 3 });
    expect(noticeCounts('1.0.12', ['updated', 'added', 'skipped'])).toEqual({ updated: 1, added: 0, skipped: 12 });
  });

  it.each([
    ['text', 'Your account is locked. Call +31 20 000 0000'],
    ['markup', '<b>3</b>'],
    ['a negative number', '-1'],
    ['a decimal', '1.5'],
    ['too few counts', '1.2'],
    ['too many counts', '1.2.3.4'],
    ['an empty part', '1..3'],
    ['nothing', ''],
    ['a huge number', '1234567890'],
  ])('shows nothing for %s', (_, value) => {
    expect(noticeCounts(value, ['updated', 'added', 'skipped'])).toBeUndefined();
    expect(noticeCounts(undefined, ['count'])).toBeUndefined();
  });
});

describe('page notices never show query-string text', () => {
  let owner: Client;
  beforeAll(async () => {
    owner = await setUp((await createTestApp('sqlite')).app);
  });

  const SPOOF = encodeURIComponent('Your session expired. Sign in again at https://evil.example');

  it.each([
    ['/o/acme/smelters?settled=', 'row(s) settled'],
    ['/o/acme/smelters?imported=', 'List imported'],
    ['/o/acme/suppliers/import?done=', 'Imported:'],
  ])('%s with text shows no notice and not the text', async (path, notice) => {
    const response = await owner.request(`${path}${SPOOF}`);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).not.toContain('evil.example');
    expect(html).not.toContain(notice);
  });

  it.each([
    ['/o/acme/smelters?settled=2', 'Match saved; 2 row(s) settled.'],
    ['/o/acme/smelters?imported=1.2.0', 'List imported: 1 updated, 2 added, 0 line(s) skipped.'],
    ['/o/acme/suppliers/import?done=4.0.1', 'Imported: 4 new, 0 updated, 1 skipped.'],
  ])('%s shows the catalogue notice with the counts', async (path, notice) => {
    const html = await (await owner.request(path)).text();
    expect(html).toContain(notice);
  });
});
