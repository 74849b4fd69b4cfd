import { rm } from 'node:fs/promises';

/** A build step failed: remove the whole output so nothing half-built can be published, then stop. */
export async function failBuild(outDir: string, what: string, error: unknown): Promise<never> {
  await rm(outDir, { recursive: true, force: true });
  throw new Error(`${what}; đã xóa bản dựng dở dang. ${error instanceof Error ? error.message : String(error)}`);
}
