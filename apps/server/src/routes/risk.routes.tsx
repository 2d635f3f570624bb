import { quickScan, scoreRisk } from '@assay/core';
import { Hono } from 'hono';
import type { AppDeps, AppEnv } from '../http/env.js';
import { pageContext } from '../pages/page-context.js';
import { AboutDataPage } from '../pages/risk/about-data.page.js';
import type { OriginNote } from '../pages/risk/heat-map.js';
import { ScanPage, type ScanResult } from '../pages/risk/scan.page.js';
import { mapValues } from '../risk/map-values.js';
import { readScanQuery, type ScanQuery } from '../risk/scan-query.js';

/** The scan's shareable address: ids and alpha-2 codes, the theme when not the default. */
function scanHref(query: ScanQuery): string {
  const params = new URLSearchParams();
  for (const m of query.materials) params.append('material', m.id);
  for (const c of query.countries) params.append('country', c.alpha2);
  if (query.theme !== 'top') params.set('theme', query.theme);
  return `/scan?${params.toString()}`;
}

function runScan(query: ScanQuery): ScanResult {
  const materials = query.materials.map((m) => m.id);
  const countries = query.countries.map((c) => c.alpha2);
  const origins = new Map<string, OriginNote>();
  for (const materialId of materials)
    for (const country of countries) {
      const pair = scoreRisk({ materialId, country });
      if (pair.status === 'scored')
        origins.set(`${materialId}|${country}`, {
          sharePct: pair.productionSharePct,
          unlistedOrigin: pair.unlistedOrigin,
        });
    }
  return {
    scan: quickScan({ materials, countries }),
    origins,
    maps: new Map(materials.map((id) => [id, mapValues(id)])),
    href: scanHref(query),
  };
}

/**
 * Public pages of the risk knowledge (no account, no organisation): the quick risk scan, a GET form
 * whose address can be shared (`/scan?material=cobalt&country=CD&theme=child_labour`), and the
 * provenance of every bundled dataset at /about/data.
 */
export function riskRoutes(_deps: AppDeps) {
  const app = new Hono<AppEnv>();

  app.get('/scan', (c) => {
    const query = readScanQuery({
      material: c.req.queries('material'),
      country: c.req.queries('country'),
      theme: c.req.query('theme'),
    });
    const asked = query.materials.length > 0 || query.countries.length > 0;
    // The language switch returns to `page.path`: keep the scan, not only /scan.
    const page = { ...pageContext(c), path: asked ? scanHref(query) : '/scan' };
    if (query.problems.length > 0) return c.html(<ScanPage page={page} query={query} />, 400);
    if (!asked) return c.html(<ScanPage page={page} query={query} />);
    if (query.materials.length === 0 || query.countries.length === 0)
      return c.html(<ScanPage page={page} query={query} needBoth />, 400);
    return c.html(<ScanPage page={page} query={query} result={runScan(query)} />);
  });

  app.get('/about/data', (c) => c.html(<AboutDataPage page={pageContext(c)} />));

  return app;
}
