import { join } from 'node:path';
import { createGrievanceFiles, type GrievanceFiles } from '../grievances/grievance-files.js';
import { createSubmissionFiles, type SubmissionFiles } from '../supply-chain/submission-files.js';

/**
 * The folders of the data folder (`ASSAY_DATA_DIR`) that hold files, named once for the server,
 * the CLI, housekeeping and backup. `imports` holds staged supplier imports only: they live a day
 * at most, have no row and are not backed up.
 */
export const DATA_FOLDERS = { submissions: 'submissions', imports: 'imports', grievances: 'grievances' } as const;

/** Every file store of a data folder. */
export type DataFiles = {
  /** Received templates, `<org>/<sha256>`, one row each. */
  readonly submissions: SubmissionFiles;
  /** Staged supplier imports, `<org>/<sha256>`, between preview and import. */
  readonly imports: SubmissionFiles;
  /** Grievance attachments, `<case>/<random name>`, one row each. */
  readonly grievances: GrievanceFiles;
};

export function dataFiles(dataDir: string): DataFiles {
  return {
    submissions: createSubmissionFiles(join(dataDir, DATA_FOLDERS.submissions)),
    imports: createSubmissionFiles(join(dataDir, DATA_FOLDERS.imports)),
    grievances: createGrievanceFiles(join(dataDir, DATA_FOLDERS.grievances)),
  };
}
