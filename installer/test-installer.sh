#!/usr/bin/env bash
# Tries the setup file as an officer's Windows would run it, under Wine, with no screen:
# a silent per-user install (files, uninstall entry, Start-menu shortcut, .pim and PDF file types,
# the file's version properties), an upgrade over it, then a silent uninstall that removes the
# program and its keys and keeps the officer's data folder. Any missing piece fails the script.
set -euo pipefail
cd "$(dirname "$0")/.."

SETUP=${1:-$(ls dist/pim-desktop-setup-*.exe 2>/dev/null | head -n 1)}
[ -n "$SETUP" ] && [ -f "$SETUP" ] || { echo "No setup file: run installer/build-installer.sh" >&2; exit 1; }
WINE=${WINE:-/usr/lib/wine/wine64}
WINESERVER=${WINESERVER:-/usr/lib/wine/wineserver64}
VERSION=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' pim_desktop/__init__.py)
APP_KEY='HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\pim-desktop'
CLASSES='HKCU\Software\Classes'

WINEPREFIX=$(mktemp -d)
export WINEPREFIX WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
trap '"$WINESERVER" -k 2>/dev/null || true; rm -rf "$WINEPREFIX"' EXIT
failures=0
fail() { echo "INSTALLER TEST FAILED: $*" >&2; failures=$((failures + 1)); }
ok() { echo "ok: $*"; }
wine_run() { "$WINE" "$@"; "$WINESERVER" -w; }
# The value of one registry entry ("" for the key's default), or nothing when it is missing.
reg_value() {
  local args=(/v "$2")
  [ -z "$2" ] && args=(/ve)
  "$WINE" reg query "$1" "${args[@]}" 2>/dev/null | tr -d '\r' |
    sed -n 's/^ *\([^ ].*\)\?  *REG_[A-Z_]*  *\(.*\)$/\2/p' | head -n 1
}
expect_value() { # key, value name, what the value must contain
  local found
  found=$(reg_value "$1" "$2")
  if [ -n "$found" ] && [[ "$found" == *"$3"* ]]; then ok "$1 ${2:-(default)} = $found"
  else fail "$1 ${2:-(default)} is '${found}', expected it to contain '$3'"; fi
}
expect_entry() { # key, value name: the entry exists (its value may be empty)
  if "$WINE" reg query "$1" /v "$2" >/dev/null 2>&1; then ok "$1 has $2"; else fail "$1 lacks $2"; fi
}
expect_no_entry() {
  if "$WINE" reg query "$1" /v "$2" >/dev/null 2>&1; then fail "$1 still has $2"; else ok "$1 has no $2"; fi
}
expect_no_key() {
  if "$WINE" reg query "$1" >/dev/null 2>&1; then fail "$1 is still there"; else ok "$1 is gone"; fi
}

wine_run wineboot --init >/dev/null 2>&1
PROFILE=$(ls -d "$WINEPREFIX"/drive_c/users/*/AppData/Local/.. 2>/dev/null | grep -v /Public/ | head -n 1)
PROFILE=${PROFILE%/AppData/Local/..}
[ -d "$PROFILE" ] || { echo "Wine made no user profile in $WINEPREFIX" >&2; exit 1; }
LOCAL="$PROFILE/AppData/Local"
PROGRAM="$LOCAL/Programs/PIM Desktop"
START_MENU="$PROFILE/AppData/Roaming/Microsoft/Windows/Start Menu/Programs"
# The officer's data from an earlier version: nothing may ever remove it.
mkdir -p "$LOCAL/pim-desktop/data"
echo "dane urzędnika" >"$LOCAL/pim-desktop/data/pim-desktop.sqlite3"

echo "== silent install of $SETUP"
started=$SECONDS
wine_run "$SETUP" /S
echo "installed in $((SECONDS - started)) s"
(cd dist/pim-desktop && find . -mindepth 1 | sort) >"$WINEPREFIX/bundle.txt"
if [ -d "$PROGRAM" ]; then
  (cd "$PROGRAM" && find . -mindepth 1 | sort) >"$WINEPREFIX/installed.txt"
  missing=$(comm -23 "$WINEPREFIX/bundle.txt" "$WINEPREFIX/installed.txt" | head -n 5)
  [ -z "$missing" ] && ok "every file of the bundle is installed" || fail "not installed: $missing"
else
  fail "no program folder $PROGRAM"
fi
[ -f "$PROGRAM/uninstall.exe" ] && ok "uninstaller written" || fail "no uninstall.exe"
[ -f "$START_MENU/PIM Desktop.lnk" ] && ok "Start-menu shortcut" || fail "no Start-menu shortcut"
if ls "$PROFILE"/Desktop/"PIM Desktop.lnk" >/dev/null 2>&1; then
  fail "a desktop shortcut was made although its component is unticked"
else
  ok "no desktop shortcut unless asked for"
fi

# reg query's exit code must tell a present key, or the "is gone" checks below prove nothing.
"$WINE" reg query "$APP_KEY" >/dev/null 2>&1 || fail "reg query does not see $APP_KEY"
expect_value "$APP_KEY" DisplayName "PIM Desktop"
expect_value "$APP_KEY" DisplayVersion "$VERSION"
expect_value "$APP_KEY" Publisher "PIM Desktop"
expect_value "$APP_KEY" DisplayIcon 'pim-desktop.exe,0'
expect_value "$APP_KEY" UninstallString 'uninstall.exe"'
expect_value "$APP_KEY" QuietUninstallString 'uninstall.exe" /S'
expect_value "$APP_KEY" InstallLocation 'Programs\PIM Desktop'
expect_value "$APP_KEY" EstimatedSize 0x
expect_value "$APP_KEY" NoModify 0x1
expect_value "$APP_KEY" NoRepair 0x1
expect_value "$CLASSES\\.pim" "" PIMDesktop.Package
expect_value "$CLASSES\\PIMDesktop.Package\\shell\\open\\command" "" 'pim-desktop.exe" --open "%1"'
expect_entry "$CLASSES\\.pdf\\OpenWithProgids" PIMDesktop.SignatureCheck
expect_value "$CLASSES\\PIMDesktop.SignatureCheck\\shell\\open\\command" "" '--open "%1"'
expect_entry "$CLASSES\\Applications\\pim-desktop.exe\\SupportedTypes" .pdf
expect_entry "$CLASSES\\.pim\\OpenWithProgids" PIMDesktop.Package
expect_value "$CLASSES\\Applications\\pim-desktop.exe\\shell\\open\\command" "" '--open "%1"'

# The setup file's properties carry the version (UTF-16 in the version resource).
if python3 - "$SETUP" "$VERSION" <<'PY'
import sys
data = open(sys.argv[1], "rb").read()
wanted = "ProductVersion\0" + sys.argv[2]
sys.exit(0 if wanted.encode("utf-16-le") in data else 1)
PY
then ok "ProductVersion $VERSION in the file's properties"; else fail "no ProductVersion $VERSION"; fi

echo "== upgrade over the installed version"
echo "z poprzedniej wersji" >"$PROGRAM/_internal/old-version-leftover.txt"
wine_run "$SETUP" /S
[ ! -e "$PROGRAM/_internal/old-version-leftover.txt" ] && ok "no file of the old version left" ||
  fail "a file of the old version survived the upgrade"
[ -f "$PROGRAM/uninstall.exe" ] && ok "still installed after the upgrade" || fail "upgrade broke the install"

echo "== silent uninstall"
wine_run "$PROGRAM/uninstall.exe" /S
[ ! -e "$PROGRAM" ] && ok "program folder removed" || fail "left behind: $(ls -A "$PROGRAM" | head -n 5)"
[ ! -e "$START_MENU/PIM Desktop.lnk" ] && ok "shortcut removed" || fail "shortcut left behind"
expect_no_key "$APP_KEY"
expect_no_key "$CLASSES\\PIMDesktop.Package"
expect_no_key "$CLASSES\\PIMDesktop.SignatureCheck"
expect_no_key "$CLASSES\\Applications\\pim-desktop.exe"
expect_no_entry "$CLASSES\\.pdf\\OpenWithProgids" PIMDesktop.SignatureCheck
[ -z "$(reg_value "$CLASSES\\.pim" "")" ] && ok ".pim no longer ours" || fail ".pim still points here"
if [ "$(cat "$LOCAL/pim-desktop/data/pim-desktop.sqlite3" 2>/dev/null)" = "dane urzędnika" ]; then
  ok "the officer's data folder is untouched"
else
  fail "the officer's data were removed or changed"
fi

if [ "$failures" -gt 0 ]; then
  echo "installer test: $failures failure(s)" >&2
  exit 1
fi
echo "installer test: all checks passed"
