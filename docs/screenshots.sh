#!/usr/bin/env bash
# Screenshots for the README: the charts of a report page and the top of the 2023 chart gallery of the
# demo column, in headless Chromium with a CJK font unpacked from Debian's fonts-noto-cjk (not installed).
# Then e2e/screenshots.mjs: search results, a report at 375 px, a printed report's first A4 page.
# Needs: chromium, python3-pil, apt-get, e2e's packages (cd e2e && npm ci --ignore-scripts).
# Build the demo first: mvn -B -DskipTests package
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
column="$root/site-src/target/column"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && apt-get download fonts-noto-cjk >/dev/null 2>&1)
dpkg-deb -x "$work"/fonts-noto-cjk_*.deb "$work/pkg"
cat > "$work/fonts.conf" <<CONF
<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <dir>$work/pkg/usr/share/fonts</dir>
  <dir>/usr/share/fonts</dir>
  <cachedir>$work/cache</cachedir>
  <alias><family>sans-serif</family><prefer><family>Noto Sans CJK SC</family></prefer></alias>
</fontconfig>
CONF
shot() { # url height file
  FONTCONFIG_FILE="$work/fonts.conf" chromium --headless --no-sandbox --disable-gpu \
    --disable-background-networking --disable-component-update --disable-sync --no-first-run \
    --hide-scrollbars --window-size="1280,$2" --screenshot="$3" "$1" >/dev/null 2>&1
}
shot "file://$column/2023/jiaoyuju/index.html" 7000 "$work/report.png"
shot "file://$column/charts/2023/index.html" 1900 "$work/gallery.png"
# The report page is long: keep its charts section, found by the second heading rule (the first is 报表's).
/usr/bin/python3 - "$work" "$root/docs" <<'PY'
import sys
from PIL import Image
work, docs = sys.argv[1], sys.argv[2]
im = Image.open(f"{work}/report.png").convert("RGB")
brand = (0x0b, 0x4f, 0x9c)
rules = [y for y in range(im.height)
         if im.getpixel((200, y)) == brand and im.getpixel((900, y)) == brand and im.getpixel((5, y)) != brand]
starts = [y for i, y in enumerate(rules) if i == 0 or rules[i - 1] != y - 1]
top = starts[1] - 50
im.crop((0, top, 1280, top + 2000)).save(f"{docs}/screenshot-report.png", optimize=True)
Image.open(f"{work}/gallery.png").convert("RGB").save(f"{docs}/screenshot-gallery.png", optimize=True)
PY
(cd "$root/e2e" && node screenshots.mjs)
ls -l "$root"/docs/screenshot-*.png
