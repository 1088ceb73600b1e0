// The modules the import-run bench drives, loaded through one module runner: loaded separately they
// would be two copies of src/api/errors.ts, and an ApiError of one is not an ApiError of the other.
export { createImportRun } from '../src/features/import/importRun';
export { createApiClient } from '../src/api/client';
export { checkRow } from '../src/features/import/rows';
