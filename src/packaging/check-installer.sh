#!/usr/bin/env bash
# Checks what 'mvn -B -Pinstaller package' built on Linux, as CI does after the tests:
#  1. the app image: clipfile --version, an import, a search, an export and the offscreen screenshot;
#  2. the .deb: installs (dpkg -i), puts 'clipfile' on the PATH, works, removes cleanly (dpkg -r),
#     and leaves the user's archive where it was.
# Each run uses a HOME in a temporary folder, so no real archive is touched. Needs root for dpkg.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=target/installer
image="$out/clipfile/bin/clipfile"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

say() { printf '\n== %s\n' "$*"; }

say "sizes"
ls -l "$out"/*.deb "$out"/*.tar.gz
du -sh "$out/clipfile"

say "app image: $image"
export HOME="$work/home-image"
mkdir -p "$HOME"
"$image" --version
"$image" import data
"$image" list -q Blinken --limit 3
"$image" export -o "$work/all.json"
test -s "$work/all.json"
"$image" screenshot -o "$work/window.png" --width 1000 --height 700
test -s "$work/window.png"
test -f "$HOME/.local/share/clipfile/archive.db"
if grep -rl "Exception" "$HOME/.local/share/clipfile/logs" >/dev/null 2>&1; then
    echo "the log records an exception:"; cat "$HOME"/.local/share/clipfile/logs/*.log; exit 1
fi

if ! command -v dpkg >/dev/null; then
    echo "no dpkg here: the .deb is not installed"; exit 0
fi
deb=$(ls "$out"/clipfile_*.deb)
say "install $deb"
dpkg -i "$deb"
dpkg -s clipfile | grep -E '^(Package|Status|Version|Installed-Size):'
command -v clipfile
desktop=/usr/share/applications/clipfile-clipfile.desktop
test -f "$desktop" || { echo "no menu entry $desktop"; exit 1; }
grep -E '^(Name|Exec|Icon)=' "$desktop"
export HOME="$work/home-deb"
mkdir -p "$HOME"
clipfile --version
# The class data sharing archive postinst made is there and maps (-Xshare:on fails if it cannot).
test -f /opt/clipfile/lib/app/clipfile.jsa || { echo "postinst made no class data sharing archive"; exit 1; }
JAVA_TOOL_OPTIONS=-Xshare:on clipfile --version
clipfile import data
clipfile list --limit 2
archive="$HOME/.local/share/clipfile/archive.db"
test -f "$archive"
before=$(sha256sum "$archive" | cut -d' ' -f1)

say "remove"
dpkg -r clipfile
hash -r # bash remembers where it found clipfile before
if command -v clipfile >/dev/null || [ -e /usr/bin/clipfile ]; then echo "clipfile is still on the PATH"; exit 1; fi
test ! -e /opt/clipfile/bin/clipfile
test ! -e /opt/clipfile/lib/app/clipfile.jsa
test ! -e "$desktop"
test -f "$archive" || { echo "the archive was removed with the package"; exit 1; }
test "$(sha256sum "$archive" | cut -d' ' -f1)" = "$before"
echo "removed; the archive is still there: $archive"
say "installer checks passed"
