/**
 * Server configuration: read once from the environment (and an optional JSON file), validated,
 * frozen. Nothing else reads `process.env`. Every setting is documented in README.md.
 */
import { existsSync, readFileSync } from 'node:fs';
import { AppError } from '@assay/core';
import { z } from 'zod';

const ZBoolean = z
  .union([z.boolean(), z.enum(['true', 'false', '1', '0', 'yes', 'no'])])
  .transform((v) => v === true || v === 'true' || v === '1' || v === 'yes');

export const ZConfig = z.object({
  /** `sqlite:PATH` or `postgres://…`. */
  databaseUrl: z.string().min(1).default('sqlite:./data/assay.db'),
  /** Folder for stored files (uploads, backups). */
  dataDir: z.string().min(1).default('./data'),
  port: z.coerce.number().int().min(1).max(65_535).default(3000),
  host: z.string().min(1).default('0.0.0.0'),
  /** The address users reach Assay at; used in invitation links. Defaults to http://localhost:PORT. */
  publicUrl: z.url({ protocol: /^https?$/ }).optional(),
  /** Largest accepted request body for JSON and forms, in bytes. */
  bodyLimit: z.coerce
    .number()
    .int()
    .min(1024)
    .max(1024 * 1024 * 1024)
    .default(1024 * 1024),
  /**
   * Assay runs behind a reverse proxy that it trusts: the client's address is the last one of
   * X-Forwarded-For (sign-in throttle) and https is read from X-Forwarded-Proto (Secure cookies, HSTS).
   */
  trustProxy: ZBoolean.default(false),
  logLevel: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  /** Failed sign-ins of one account from one client before each further try waits a doubling delay. */
  loginAttempts: z.coerce.number().int().min(1).max(1000).default(5),
});

export type Config = Readonly<z.infer<typeof ZConfig>>;

/** Environment variable for each setting. */
export const ENV_NAMES: Readonly<Record<keyof z.infer<typeof ZConfig>, string>> = {
  databaseUrl: 'ASSAY_DATABASE_URL',
  dataDir: 'ASSAY_DATA_DIR',
  port: 'PORT',
  host: 'ASSAY_HOST',
  publicUrl: 'ASSAY_PUBLIC_URL',
  bodyLimit: 'ASSAY_BODY_LIMIT',
  trustProxy: 'ASSAY_TRUST_PROXY',
  logLevel: 'ASSAY_LOG_LEVEL',
  loginAttempts: 'ASSAY_LOGIN_ATTEMPTS',
};

/**
 * Resolves the configuration: explicit overrides (CLI flags) → environment → the JSON file named
 * by `ASSAY_CONFIG_FILE` (keys as in {@link ENV_NAMES}' left column) → defaults.
 */
export function loadConfig(
  env: Readonly<Record<string, string | undefined>> = process.env,
  overrides: Partial<Record<keyof Config, unknown>> = {},
): Config {
  const file = readConfigFile(env.ASSAY_CONFIG_FILE);
  const raw: Record<string, unknown> = { ...file };
  for (const [key, name] of Object.entries(ENV_NAMES)) {
    const value = env[name];
    if (value !== undefined && value !== '') raw[key] = value;
  }
  for (const [key, value] of Object.entries(overrides)) if (value !== undefined) raw[key] = value;
  const result = ZConfig.safeParse(raw);
  if (!result.success) {
    const issues = result.error.issues.map((issue) => {
      const key = String(issue.path[0] ?? '');
      const name = ENV_NAMES[key as keyof Config] ?? key;
      return { path: name, message: issue.message };
    });
    throw new AppError(
      'config_invalid',
      `Invalid configuration: ${issues.map((i) => `${i.path} (${i.message})`).join('; ')}.`,
      {
        issues,
        hint: 'Fix the named settings; see the configuration table in README.md.',
      },
    );
  }
  return Object.freeze(result.data);
}

function readConfigFile(path: string | undefined): Record<string, unknown> {
  if (!path) return {};
  if (!existsSync(path)) {
    throw new AppError('config_invalid', `ASSAY_CONFIG_FILE names ${path}, which does not exist.`);
  }
  try {
    const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('not an object');
    return parsed as Record<string, unknown>;
  } catch {
    throw new AppError('config_invalid', `ASSAY_CONFIG_FILE ${path} is not a JSON object of settings.`);
  }
}

/** The base URL for links in e-mails and invitations. */
export function publicBaseUrl(config: Config): string {
  return (config.publicUrl ?? `http://localhost:${config.port}`).replace(/\/+$/, '');
}
