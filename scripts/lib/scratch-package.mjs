// The packed package as a consumer installs it: `npm pack`, unpacked into a scratch project's
// node_modules, with its dependencies (and any dev packages a check needs) linked from ours,
// so no network is needed.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** What `npm pack` would put in the tarball: paths relative to the package. */
export function packedFiles() {
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' }));
  return packed.files.map((file) => file.path);
}

/**
 * Runs `use(scratchDir)` in a project where `voucher-tray` is the real tarball and `linked`
 * packages come from this repository's node_modules; removes the project afterwards.
 */
export async function withPackedPackage(linked, use) {
  const scratch = mkdtempSync(join(tmpdir(), 'voucher-tray-pack-'));
  try {
    const tarball = execFileSync('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', scratch], {
      cwd: root,
      encoding: 'utf8',
    }).trim().split('\n').pop();
    const installed = join(scratch, 'node_modules', 'voucher-tray');
    mkdirSync(installed, { recursive: true });
    execFileSync('tar', ['-xzf', join(scratch, tarball), '-C', installed, '--strip-components=1']);
    for (const dependency of linked) {
      const source = join(root, 'node_modules', dependency);
      if (!existsSync(source)) throw new Error(`${dependency} is not installed here; run npm install`);
      const target = join(scratch, 'node_modules', dependency);
      mkdirSync(dirname(target), { recursive: true });
      symlinkSync(source, target, 'dir');
    }
    writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'consumer', type: 'module', private: true }));
    return await use(scratch);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
