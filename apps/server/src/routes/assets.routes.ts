import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Hono } from 'hono';
import { APP_CSS } from '../assets/styles.js';
import type { AppEnv } from '../http/env.js';

const require = createRequire(import.meta.url);

/** Static assets: the stylesheet and htmx (served from our own origin; no CDN). */
export function assetRoutes() {
  const app = new Hono<AppEnv>();
  const htmx = readFileSync(require.resolve('htmx.org/dist/htmx.min.js'), 'utf8');
  const cache = 'public, max-age=3600';
  app.get('/assets/app.css', (c) =>
    c.body(APP_CSS, 200, { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': cache }),
  );
  app.get('/assets/htmx.min.js', (c) =>
    c.body(htmx, 200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': cache }),
  );
  return app;
}
