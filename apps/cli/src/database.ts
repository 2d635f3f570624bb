import { loadConfig } from '@assay/server';
import { type ServiceContext, serviceContext } from '@assay/services';
import { createDatabase, createStore } from '@assay/storage';

/** Opens and migrates the configured database for a command, and closes it afterwards. */
export async function withDatabase<T>(work: (ctx: ServiceContext) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const store = createStore(createDatabase(config.databaseUrl));
  try {
    await store.migrate();
    return await work(serviceContext(store));
  } finally {
    await store.close();
  }
}
