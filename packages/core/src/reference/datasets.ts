import { AppError } from '../errors.js';
import type { DatasetId, DatasetInfo } from './dataset-info.js';
import { DATASET_INFOS } from './datasets.generated.js';

/** Every bundled dataset with provenance and licence, for the "About the data" page. */
export const datasets: readonly DatasetInfo[] = DATASET_INFOS;

/** Provenance of one bundled dataset. */
export function datasetInfo(id: DatasetId): DatasetInfo {
  const info = DATASET_INFOS.find((d) => d.id === id);
  if (!info) throw new AppError('internal', `Dataset ${id} is missing from datasets.generated.ts.`);
  return info;
}
