/**
 * Bounds on imported model archives, shared by the argument validator and the importer. The
 * largest network the Train page allows (4 × 4096 units) is about 200 MB of weights.
 */
export const MAX_ARCHIVE_BYTES = 300 * 1024 * 1024;
export const MAX_UNCOMPRESSED_BYTES = 300 * 1024 * 1024;
/** The known files of a model folder, plus the folder itself. */
export const MAX_ARCHIVE_ENTRIES = 8;
