#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# pass/skip/fail only echo and always succeed, so `test && pass ... || fail ...` is safe here.
# shellcheck disable=SC2015
#
# check-deb.sh BUILD_DIR [CONFIG]
#
# Builds the Debian package of an already-built Waymark build tree with
# `cpack -G DEB` (package output into a temporary directory; cpack itself only refreshes
# install_manifest.txt in the build tree) and
# checks its contents, metadata and desktop-integration files.
# Prints one "FAIL: ..." line per problem and exits 1 if there was any, 0 if all pass.
# CONFIG (e.g. Release) is passed to cpack -C for multi-config generators.
#
# Registered in CTest as:
#   add_test(NAME package_deb COMMAND packaging/check-deb.sh ${CMAKE_BINARY_DIR})
#
# Needs: cpack, dpkg-deb (and dpkg-shlibdeps for cpack), desktop-file-validate,
# update-mime-database. Optional, skipped when missing: appstreamcli, gio, python3.
set -uo pipefail

APP_ID=io.github.waymark.Waymark
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
pass() { echo "ok:   $*"; }
skip() { echo "skip: $*"; }
die()  { echo "FAIL: $*" >&2; exit 1; }

[ $# -ge 1 ] && [ $# -le 2 ] || die "usage: $0 BUILD_DIR [CONFIG]"
build_dir=$(cd "$1" 2>/dev/null && pwd) || die "build directory '$1' does not exist"
config=${2:-}
[ -f "$build_dir/CPackConfig.cmake" ] ||
  die "$build_dir/CPackConfig.cmake missing: the top-level CMakeLists.txt must include(CPack) after add_subdirectory(packaging)"

for tool in cpack dpkg-deb desktop-file-validate update-mime-database; do
  command -v "$tool" >/dev/null 2>&1 || die "required tool '$tool' not found"
done

work=$(mktemp -d "${TMPDIR:-/tmp}/waymark-check-deb.XXXXXX") || die "mktemp failed"
trap 'rm -rf "$work"' EXIT

# --- 1. Build the package ------------------------------------------------------------
cpack_args=(-G DEB -B "$work/out" --config "$build_dir/CPackConfig.cmake")
[ -n "$config" ] && cpack_args+=(-C "$config")
if ! (cd "$build_dir" && cpack "${cpack_args[@]}") >"$work/cpack.log" 2>&1; then
  cat "$work/cpack.log" >&2
  die "cpack -G DEB failed (log above)"
fi
shopt -s nullglob
debs=("$work"/out/*.deb)
shopt -u nullglob
[ ${#debs[@]} -eq 1 ] || { cat "$work/cpack.log" >&2; die "expected exactly one .deb from cpack, found ${#debs[@]}"; }
deb=${debs[0]}
pass "built $(basename "$deb")"

# --- 2. Control data ------------------------------------------------------------------
if ! dpkg-deb -I "$deb" >"$work/info.txt" 2>&1; then
  cat "$work/info.txt" >&2
  fail "dpkg-deb -I failed"
fi
field() { sed -n "s/^ $1: //p" "$work/info.txt" | head -n1; }
[ "$(field Package)" = "waymark" ] && pass "Package: waymark" ||
  fail "control field Package is '$(field Package)', expected 'waymark'"
[ -n "$(field Version)" ] && pass "Version: $(field Version)" || fail "control field Version is missing"
[ -n "$(field Architecture)" ] && pass "Architecture: $(field Architecture)" || fail "control field Architecture is missing"
[ -n "$(field Maintainer)" ] && pass "Maintainer: $(field Maintainer)" || fail "control field Maintainer is missing"
if field Depends | grep -q 'libc6'; then
  pass "Depends: $(field Depends)"
else
  fail "control field Depends lacks libc6: dpkg-shlibdeps did not run? Depends='$(field Depends)'"
fi

# --- 3. File list ---------------------------------------------------------------------
if ! dpkg-deb -c "$deb" >"$work/contents.txt" 2>&1; then
  cat "$work/contents.txt" >&2
  fail "dpkg-deb -c failed"
fi
# 6th column of the tar-style listing is the path (./usr/...).
awk '{print $6}' "$work/contents.txt" >"$work/paths.txt"
required=(
  ./usr/bin/waymark
  ./usr/bin/waymark-cli
  "./usr/share/applications/$APP_ID.desktop"
  "./usr/share/metainfo/$APP_ID.metainfo.xml"
  "./usr/share/mime/packages/$APP_ID.xml"
)
for n in 16 24 32 48 64 128 256 512; do
  required+=("./usr/share/icons/hicolor/${n}x${n}/apps/$APP_ID.png"
             "./usr/share/icons/hicolor/${n}x${n}/mimetypes/application-x-waymark.png")
done
required+=("./usr/share/icons/hicolor/scalable/apps/$APP_ID.svg"
           "./usr/share/icons/hicolor/scalable/mimetypes/application-x-waymark.svg")
for p in "${required[@]}"; do
  grep -qxF -- "$p" "$work/paths.txt" && pass "contains $p" || fail "package lacks $p"
done
if grep -q '^./usr/local/' "$work/paths.txt"; then
  fail "package installs below /usr/local (CPACK_PACKAGING_INSTALL_PREFIX?)"
fi
if grep -qv '^\./' "$work/paths.txt"; then
  fail "unexpected entries in dpkg-deb -c listing: $(grep -v '^\./' "$work/paths.txt" | head -n3 | tr '\n' ' ')"
fi

# --- 4. Extract and validate the integration files -------------------------------------
root="$work/root"
if ! dpkg-deb -x "$deb" "$root" 2>"$work/extract.log"; then
  cat "$work/extract.log" >&2
  fail "dpkg-deb -x failed"
fi
desktop="$root/usr/share/applications/$APP_ID.desktop"
metainfo="$root/usr/share/metainfo/$APP_ID.metainfo.xml"
mimexml="$root/usr/share/mime/packages/$APP_ID.xml"

for exe in waymark waymark-cli; do
  # (a missing file is already reported above)
  [ ! -e "$root/usr/bin/$exe" ] || [ -x "$root/usr/bin/$exe" ] || fail "/usr/bin/$exe is not executable"
done

if [ -f "$desktop" ]; then
  if out=$(desktop-file-validate "$desktop" 2>&1) && [ -z "$out" ]; then
    pass "desktop-file-validate"
  else
    # desktop-file-validate prints hints and errors; any output counts as a failure.
    fail "desktop-file-validate $APP_ID.desktop:"$'\n'"$out"
  fi
  grep -qx 'Exec=waymark %F' "$desktop" || fail "desktop file: expected 'Exec=waymark %F'"
  grep -qx 'MimeType=application/x-waymark;' "$desktop" || fail "desktop file: expected 'MimeType=application/x-waymark;'"
  icon=$(sed -n 's/^Icon=//p' "$desktop" | head -n1)
  [ -f "$root/usr/share/icons/hicolor/scalable/apps/$icon.svg" ] ||
    fail "desktop file Icon=$icon has no hicolor/scalable/apps/$icon.svg in the package"
fi

if [ -f "$metainfo" ]; then
  if command -v appstreamcli >/dev/null 2>&1; then
    if out=$(appstreamcli validate --no-net --no-color "$metainfo" 2>&1); then
      pass "appstreamcli validate --no-net"
    else
      fail "appstreamcli validate --no-net $APP_ID.metainfo.xml:"$'\n'"$out"
    fi
    # Cross-checks the installed tree: metainfo <-> launchable .desktop file <-> icon.
    if out=$(appstreamcli validate-tree --no-net --no-color "$root" 2>&1); then
      pass "appstreamcli validate-tree --no-net (extracted package)"
    else
      fail "appstreamcli validate-tree --no-net on the extracted package:"$'\n'"$out"
    fi
  else
    skip "appstreamcli not installed: metainfo not validated"
  fi
fi

# --- 5. MIME type ---------------------------------------------------------------------
if [ -f "$mimexml" ]; then
  mimedir="$work/xdg/mime"
  mkdir -p "$mimedir/packages"
  # The base database is needed for the parent type application/vnd.sqlite3.
  [ -f /usr/share/mime/packages/freedesktop.org.xml ] &&
    cp /usr/share/mime/packages/freedesktop.org.xml "$mimedir/packages/"
  cp "$mimexml" "$mimedir/packages/"
  if out=$(XDG_DATA_HOME="$work/xdg" XDG_DATA_DIRS="$work/xdg" update-mime-database "$mimedir" 2>&1) &&
     [ -z "$out" ]; then
    pass "update-mime-database accepted $APP_ID.xml"
  else
    fail "update-mime-database $APP_ID.xml:"$'\n'"$out"
  fi
  grep -qxF 'application/x-waymark:*.waymark' <(cut -d: -f2- "$mimedir/globs2" 2>/dev/null) &&
    pass "glob *.waymark -> application/x-waymark" || fail "mime database has no glob *.waymark for application/x-waymark"
  grep -qxF 'application/x-waymark application/vnd.sqlite3' "$mimedir/subclasses" 2>/dev/null &&
    pass "application/x-waymark is a sub-class of application/vnd.sqlite3" ||
    fail "mime database lacks sub-class-of application/vnd.sqlite3"
  grep -qxF 'application/x-waymark:application-x-waymark' "$mimedir/icons" 2>/dev/null &&
    pass "mime icon application-x-waymark" || fail "mime database lacks icon application-x-waymark"
  # Compiled magic rule: "SQLite format 3\0" at 0 AND big-endian "WYMK" at 68 (nested match).
  # In the magic file: [80:application/x-waymark]\n>0=<be16 len>SQLite format 3\0\n1>68=<be16 len>WYMK\n
  hex() { od -An -v -tx1 | tr -s ' \n' '  '; }
  expected_magic=$(printf 'application/x-waymark]\n>0=\000\020SQLite format 3\000\n1>68=\000\004WYMK\n' | hex)
  section_hex=$(hex <"$mimedir/magic" 2>/dev/null)
  case "$section_hex" in
    *"$expected_magic"*) pass "magic: SQLite header at 0 AND application_id 0x57594D4B at 68" ;;
    *) fail "compiled magic for application/x-waymark is not 'SQLite format 3\\0'@0 + 'WYMK'@68" ;;
  esac

  # Content sniffing through GIO (uses shared-mime-info). `file --mime-type` is not used:
  # libmagic has its own database and reports every SQLite file as application/vnd.sqlite3.
  if command -v gio >/dev/null 2>&1; then
    make_db() { # make_db FILE APPLICATION_ID
      if command -v python3 >/dev/null 2>&1 && python3 -c 'import sqlite3' 2>/dev/null; then
        python3 - "$1" "$2" <<'PY'
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
c.execute("PRAGMA application_id = %d" % int(sys.argv[2]))
c.execute("CREATE TABLE t (a)")
c.commit()
c.close()
PY
      else # minimal 100-byte SQLite header, enough for magic
        { printf 'SQLite format 3\000'; head -c 52 /dev/zero
          # shellcheck disable=SC2059  # the format is a generated string of octal escapes
          printf "$(printf '\\%03o' $(( ($2>>24)&255 )) $(( ($2>>16)&255 )) $(( ($2>>8)&255 )) $(( $2&255 )))"
          head -c 28 /dev/zero; } >"$1"
      fi
    }
    # No .waymark extension, so only the content can identify them.
    make_db "$work/sample.bin" $((0x57594D4B))
    make_db "$work/plain.bin" 0
    sniff() {
      XDG_DATA_HOME="$work/xdg" XDG_DATA_DIRS="$work/xdg" XDG_CONFIG_HOME="$work/cfg" \
        gio info -a standard::content-type "$1" 2>/dev/null | sed -n 's/^ *standard::content-type: //p'
    }
    t=$(sniff "$work/sample.bin")
    [ "$t" = application/x-waymark ] && pass "content sniffing: SQLite file with application_id WYMK -> $t" ||
      fail "content sniffing: SQLite file with application_id WYMK detected as '$t', expected application/x-waymark"
    t=$(sniff "$work/plain.bin")
    [ "$t" != application/x-waymark ] && pass "content sniffing: plain SQLite file -> $t" ||
      fail "content sniffing: plain SQLite file (application_id 0) detected as application/x-waymark"
  else
    skip "gio not installed: content sniffing not tested"
  fi
fi

# --- Result -----------------------------------------------------------------------------
if [ "$failures" -ne 0 ]; then
  echo "check-deb: $failures check(s) FAILED for $(basename "$deb")" >&2
  exit 1
fi
echo "check-deb: all checks passed for $(basename "$deb")"
exit 0
