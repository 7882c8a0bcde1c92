/** The largest backup file an import reads (its text, once decompressed). */
export const MAX_BACKUP_BYTES = 50 * 1024 * 1024;
