import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The peer the extension's cost on an ordinary tab is measured against: an extension whose content
 * script, on every http(s) page, does nothing but say that it ran (`contentScriptName`, as WXT's
 * context does). Its script stands under `content-scripts/`, where the main-thread trace looks for
 * content scripts (bench/main-thread.ts).
 */
export async function writeEmptyExtension(dir: string): Promise<void> {
  const manifest = {
    manifest_version: 3,
    name: 'empty content script',
    version: '1.0',
    content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: ['content-scripts/content.js'], run_at: 'document_idle' }],
  };
  await mkdir(join(dir, 'content-scripts'), { recursive: true });
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest));
  await writeFile(join(dir, 'content-scripts', 'content.js'), "window.postMessage({ contentScriptName: 'empty' }, '*');\n");
}
