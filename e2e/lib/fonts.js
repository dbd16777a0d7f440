// A CJK font for Chromium's screenshots, kept in e2e/target/ and given to Chromium alone through its
// own FONTCONFIG_FILE. Nothing is installed system-wide: tests elsewhere must keep proving that
// nianbao's own bundled font works on a machine without CJK fonts.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const PACKAGE = 'fonts-wqy-microhei';

/** Fetches the Debian font package once (apt-get download, dpkg -x) and returns a fonts.conf path. */
export function cjkFontConfig(targetDir) {
  const home = join(targetDir, 'fonts');
  const unpacked = join(home, 'root');
  const conf = join(home, 'fonts.conf');
  if (!existsSync(join(unpacked, 'usr/share/fonts'))) {
    const debs = join(home, 'deb');
    mkdirSync(debs, { recursive: true });
    try {
      execFileSync('apt-get', ['download', PACKAGE], { cwd: debs, stdio: 'pipe' });
      const deb = readdirSync(debs).find((f) => f.startsWith(PACKAGE) && f.endsWith('.deb'));
      execFileSync('dpkg', ['-x', join(debs, deb), unpacked], { stdio: 'pipe' });
    } catch (e) {
      throw new Error(`cannot fetch the CJK font for screenshots (apt-get download ${PACKAGE}; ` +
        `run apt-get update first): ${e.stderr?.toString() || e.message}`);
    }
  }
  writeFileSync(conf, `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <dir>/usr/share/fonts</dir>
  <dir>${join(unpacked, 'usr/share/fonts')}</dir>
  <cachedir>${join(home, 'cache')}</cachedir>
</fontconfig>
`);
  return conf;
}
