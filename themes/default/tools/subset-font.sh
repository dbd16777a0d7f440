#!/usr/bin/env bash
# Reproduces the chart font of the default theme: a subset of Noto Sans CJK SC Regular (SIL OFL 1.1)
# from Debian's fonts-noto-cjk, cut to GB2312 (levels 1 and 2), ASCII, CJK and full-width punctuation,
# and every character of the form and chart definitions, the theme and the demo column.
#
# Needs: apt-get (for `apt-get download`, no system-wide install of the font), dpkg-deb, and
# Debian's fonttools (`apt-get install fonttools`: pyftsubset and python3-fonttools).
# Usage: themes/default/tools/subset-font.sh    (run from anywhere; rewrites the font in place)
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
theme="$root/themes/default/src/main/resources/org/nianbao/theme/default"
out="$theme/fonts/NotoSansSC-nianbao-subset.otf"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

(cd "$work" && apt-get download fonts-noto-cjk=1:20220127+repack1-1 >/dev/null)
dpkg-deb -x "$work"/fonts-noto-cjk_*.deb "$work/pkg"
ttc="$work/pkg/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"

# The character list: GB2312 decoded row by row (levels 1 and 2 hanzi, punctuation, full-width forms),
# printable ASCII, CJK symbols, and whatever the project's own texts use.
/usr/bin/python3 - "$root" > "$work/chars.txt" <<'PY'
import pathlib, sys
root = pathlib.Path(sys.argv[1])
chars = set(chr(c) for c in range(0x20, 0x7f))
chars.update(chr(c) for c in range(0x3000, 0x3040))   # CJK symbols and punctuation
chars.update(chr(c) for c in range(0xff01, 0xff5f))   # full-width forms
chars.update("—–‘’“”…·×÷±≤≥%‰℃№←↑→↓☐☑")
for hi in range(0xa1, 0xf8):
    for lo in range(0xa1, 0xff):
        try:
            chars.add(bytes([hi, lo]).decode("gb2312"))
        except UnicodeDecodeError:
            pass
texts = [p for d in ("generator/src/main/resources", "themes/default/src/main/resources", "site-src")
         for p in (root / d).rglob("*") if p.suffix in (".yaml", ".md", ".peb")]
for p in sorted(texts):
    chars.update(c for c in p.read_text(encoding="utf-8") if c.isprintable())
print("".join(sorted(chars)))
PY

mkdir -p "$(dirname "$out")"
# Index 2 of the collection is Noto Sans CJK SC. Hinting and layout tables beyond kerning are dropped:
# charts only need outlines, advances and the cmap; names are kept so the licence notice stays inside.
pyftsubset "$ttc" --font-number=2 --text-file="$work/chars.txt" --output-file="$out" \
  --layout-features='kern,palt' --no-hinting --desubroutinize --name-IDs='*' --name-languages='*' \
  --drop-tables+=VORG,vhea,vmtx,BASE
ls -l "$out"
