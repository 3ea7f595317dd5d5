#!/usr/bin/env bash
# Builds dist/pim-desktop-setup-VERSION.exe from the PyInstaller folder dist/pim-desktop/ with
# makensis: Debian's nsis on Linux, NSIS for Windows through Git Bash. VERSION is the package's.
#   INSTALLER_COMPRESSOR=lzma (default; smallest file) or zlib (about twice as fast, for CI).
set -euo pipefail
cd "$(dirname "$0")/.."

BUNDLE=dist/pim-desktop
COMPRESSOR=${INSTALLER_COMPRESSOR:-lzma}
case "$COMPRESSOR" in lzma | zlib) ;; *)
  echo "INSTALLER_COMPRESSOR must be lzma or zlib, not '$COMPRESSOR'" >&2
  exit 2
  ;;
esac
if [ ! -d "$BUNDLE/_internal" ]; then
  echo "No program folder in $BUNDLE: build it first (uv run pyinstaller --noconfirm build.spec)." >&2
  exit 1
fi
MAKENSIS=${MAKENSIS:-$(command -v makensis || command -v makensis.exe || true)}
if [ -z "$MAKENSIS" ]; then
  echo "makensis not found: apt-get install nsis (Debian) or choco install nsis (Windows)." >&2
  exit 1
fi

VERSION=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' pim_desktop/__init__.py)
if [ -z "$VERSION" ]; then
  echo "No __version__ in pim_desktop/__init__.py" >&2
  exit 1
fi
# The file properties want four numbers: 1.2.3rc1 -> 1.2.3.0.
IFS=. read -r major minor patch _ <<<"$VERSION"
VERSION4="${major//[!0-9]/}.${minor//[!0-9]/}.${patch//[!0-9]/}.0"
VERSION4=$(sed 's/\.\./.0./g; s/\.\./.0./g; s/\.$/.0/' <<<"$VERSION4")

# The uninstaller removes exactly what the bundle puts at the top of the program folder.
mkdir -p build/installer
FILE_LIST=build/installer/installed-files.nsh
{
  echo "; Written by build-installer.sh from $BUNDLE: what the uninstaller removes."
  for entry in "$BUNDLE"/*; do
    name=$(basename "$entry")
    if [ -d "$entry" ]; then
      echo "RMDir /r \"\$INSTDIR\\$name\""
    else
      echo "Delete \"\$INSTDIR\\$name\""
    fi
  done
} >"$FILE_LIST"

OUT="dist/pim-desktop-setup-$VERSION.exe"
# makensis resolves these relative to installer/, where the script lives.
"$MAKENSIS" -V2 -INPUTCHARSET UTF8 \
  "-DVERSION=$VERSION" "-DVERSION4=$VERSION4" "-DCOMPRESSOR=$COMPRESSOR" \
  "-DSOURCE_DIR=..\\$BUNDLE" "-DOUT_FILE=..\\$OUT" "-DFILE_LIST=..\\$FILE_LIST" \
  installer/pim-desktop.nsi
test -s "$OUT"
echo "$OUT"
