/** @assay/server — the HTTP server: JSON API, server-rendered pages, health check. */
export { createApp } from './app.js';
export { type Config, ENV_NAMES, loadConfig, publicBaseUrl, ZConfig } from './config.js';
export type { AppDeps } from './http/env.js';
export { createLogger, type Logger } from './http/logger.js';
export { HTTP_STATUS } from './http/status.js';
export { type RunningServer, startServer } from './start-server.js';
