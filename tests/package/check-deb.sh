#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds the Debian package from an already built tree and checks it the way Debian and a
# desktop would: its file list and fields, lintian, the AppStream and desktop-entry validators,
# and the unpacked binary starting (--version, --help, and the demo window under the offscreen
# platform). Usage: check-deb.sh BUILD_DIR WORK_DIR PROJECT_VERSION [CPACK]
set -euo pipefail
build=$1
work=$2
project_version=$3
cpack=${4:-cpack}

say() { printf '%s\n' "$*"; }
fail() { printf 'FAILED: %s\n' "$*" >&2; exit 1; }

rm -rf "$work"
mkdir -p "$work"
"$cpack" --config "$build/CPackConfig.cmake" -B "$work" >"$work/cpack.log" 2>&1 \
    || { cat "$work/cpack.log"; fail "cpack"; }
shopt -s nullglob
debs=("$work"/resetdesk_*.deb)
[ ${#debs[@]} -eq 1 ] || fail "expected one resetdesk_*.deb in $work, found ${#debs[@]}"
deb=${debs[0]}
say "package: $(basename "$deb")"

# The fields apt and software centres show.
field() { dpkg-deb --field "$deb" "$1"; }
version=$(head -n1 "$build/app/package-version.txt")
[ "$(field Package)" = resetdesk ] || fail "Package is $(field Package)"
[ "$(field Version)" = "$version-1" ] || fail "Version $(field Version) is not the build's $version-1"
case "$version" in "$project_version" | "$project_version"[~+]*) ;; *) fail "version $version is not of $project_version" ;; esac
[ "$(field Section)" = admin ] || fail "Section is $(field Section)"
[[ "$(field Maintainer)" =~ ^[^\<]+\ \<[^@\>]+@[^\>]+\>$ ]] || fail "Maintainer is $(field Maintainer)"
[ "$(field Homepage)" = https://github.com/resetdesk/resetdesk ] || fail "Homepage is $(field Homepage)"
depends=$(field Depends)
# From dpkg-shlibdeps (what the binary links) and from the list of what Qt loads at run time.
for needed in libqt6widgets6 libqt6network6 libqt6keychain1 libsodium23 qt6-qpa-plugins libsecret-1-0; do
    [[ ", $depends," == *", $needed "* || ", $depends," == *", $needed,"* ]] || fail "Depends lacks $needed: $depends"
done

# What a desktop needs, where it looks for it.
contents=$(dpkg-deb --contents "$deb" | awk '{print $NF}')
id=io.github.resetdesk.ResetDesk
for path in ./usr/bin/resetdesk ./usr/bin/resetdesk-cli \
    ./usr/share/applications/$id.desktop \
    ./usr/share/metainfo/$id.metainfo.xml \
    ./usr/share/icons/hicolor/scalable/apps/$id.svg \
    ./usr/share/icons/hicolor/{16x16,22x22,24x24,32x32,48x48,64x64,128x128,256x256}/apps/$id.png \
    ./usr/share/man/man1/resetdesk.1.gz ./usr/share/man/man1/resetdesk-cli.1.gz \
    ./usr/share/doc/resetdesk/copyright \
    ./usr/share/doc/resetdesk/changelog.Debian.gz; do
    grep -qxF "$path" <<<"$contents" || fail "the package has no $path"
done

# Errors fail; warnings are printed for the log (the package's lintian overrides name the
# tags that do not apply outside Debian's archive, with why).
say "lintian:"
lintian --fail-on error --tag-display-limit 0 "$deb" || fail "lintian found errors"

root="$work/root"
dpkg-deb --extract "$deb" "$root"
appstreamcli validate --no-net "$root/usr/share/metainfo/$id.metainfo.xml" || fail "appstreamcli validate"
desktop-file-validate "$root/usr/share/applications/$id.desktop" || fail "desktop-file-validate"
# The metainfo names this version among its releases, so a version bump cannot forget it.
grep -q "<release version=\"$project_version\"" "$root/usr/share/metainfo/$id.metainfo.xml" \
    || fail "the metainfo has no <release version=\"$project_version\">"
for size in 16 64 256; do
    file "$root/usr/share/icons/hicolor/${size}x${size}/apps/$id.png" | grep -q "PNG image data, $size x $size," \
        || fail "the ${size}x${size} icon is not a $size-pixel PNG"
done
zcat "$root/usr/share/man/man1/resetdesk.1.gz" | grep -qF -- '\-\-demo' || fail "the man page does not list --demo"
zcat "$root/usr/share/man/man1/resetdesk-cli.1.gz" | grep -qF -- '\-\-show\-passwords' \
    || fail "the resetdesk-cli man page does not list --show-passwords"

# The unpacked binary, stripped as shipped, with its own settings folder and the offscreen
# platform (no display here).
# An array, not a function: started in the background, its $! is then resetdesk's own pid.
mkdir -p "$work/tmp"
resetdesk=(env -u DISPLAY -u WAYLAND_DISPLAY QT_QPA_PLATFORM=offscreen LANGUAGE=en TMPDIR="$work/tmp"
    XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" "$root/usr/bin/resetdesk")
out=$("${resetdesk[@]}" --version) || fail "resetdesk --version failed"
say "$out"
[ "$(head -n1 <<<"$out")" = "ResetDesk $project_version" ] || fail "--version says: $out"
"${resetdesk[@]}" --help | grep -q -- '--tenant' || fail "resetdesk --help does not list --tenant"
# The command line needs no platform at all.
cli=(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM LANGUAGE=en XDG_CONFIG_HOME="$work/config"
    XDG_DATA_HOME="$work/data" "$root/usr/bin/resetdesk-cli")
[ "$("${cli[@]}" --version | head -n1)" = "resetdesk-cli $project_version" ] || fail "resetdesk-cli --version failed"
"${cli[@]}" --help | grep -q -- 'whoami' || fail "resetdesk-cli --help does not list whoami"

# Starts: the demo window opens (the demo makes its private folder in TMPDIR as it does), and
# the app ends cleanly on SIGTERM, as a session ends it, leaving that folder removed.
"${resetdesk[@]}" --demo --demo-users 5 >"$work/demo.log" 2>&1 &
pid=$!
# Whatever fails below, no window is left running to hold the test's output open.
trap 'kill -KILL "$pid" 2>/dev/null || true' EXIT
for _ in $(seq 600); do
    [ -z "$(ls -A "$work/tmp")" ] || break
    kill -0 "$pid" 2>/dev/null || { wait "$pid" || true; fail "resetdesk --demo ended by itself"; }
    sleep 0.1
done
[ -n "$(ls -A "$work/tmp")" ] || fail "resetdesk --demo did not open its window in 60 s"
kill -TERM "$pid"
status=0
wait "$pid" || status=$?
[ "$status" -eq 0 ] || { cat "$work/demo.log"; fail "resetdesk --demo ended with $status on SIGTERM"; }
[ -z "$(ls -A "$work/tmp")" ] || fail "resetdesk --demo left $(ls -A "$work/tmp") behind"
rm -rf "$work"
say "package checks passed"
