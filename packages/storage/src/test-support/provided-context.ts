/** What the vitest global setup hands to test files (see global-setup.ts). */
declare module 'vitest' {
  export interface ProvidedContext {
    /** Admin URL of the test PostgreSQL server, or '' when none is available. */
    pgAdminUrl: string;
  }
}

export {};
