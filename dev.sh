#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# The one entry script behind the README's commands. Every command installs what is missing
# (Debian 12 packages), configures and builds before it does its job, so each works on a fresh
# machine and is cheap to repeat.
#
#   ./dev.sh demo           install, build, open ResetDesk on the built-in demo tenant
#   ./dev.sh test           install, build, run the whole test suite (real keyring, offscreen GUI),
#                           after replaying every fuzz corpus and fuzzing each target briefly
#   ./dev.sh fuzz [SECONDS] install, build the fuzz targets (clang), fuzz each for SECONDS (default 60)
#   ./dev.sh asan           install, build with AddressSanitizer + UBSan, run the core and sandbox tests
#   ./dev.sh bench [SUITE]  install, build in Release, run benchmark suites (default: all)
#   ./dev.sh translations   refresh translations/*.ts from the sources (lupdate)
#   ./dev.sh screenshots [DIR]  install, build, screenshot the main window and every dialog in both
#                           languages under Xvfb into DIR (default build/screenshots); refresh
#                           resources/screenshots/
#   ./dev.sh package        install, build in Release, make the Debian package in build/package/
#   ./dev.sh install        only install the packages
set -euo pipefail
cd "$(dirname "$0")"

PACKAGES=(
    g++ cmake ninja-build ccache pkg-config git
    qt6-base-dev qt6-tools-dev qt6-l10n-tools qt6-translations-l10n libqt6svg6
    qt6-httpserver-dev qt6-websockets-dev
    qtkeychain-qt6-dev libsecret-1-0 libsodium-dev libsimdjson-dev catch2
    dbus gnome-keyring libsecret-tools
    xvfb xauth at-spi2-core poppler-utils imagemagick fonts-dejavu-core libqrencode-dev zbar-tools
    help2man librsvg2-bin dpkg-dev file lintian appstream desktop-file-utils
    clang libfuzzer-14-dev libclang-rt-14-dev
)

say() { printf '==> %s\n' "$*" >&2; }

install_packages() {
    local missing=()
    for package in "${PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$package")
        fi
    done
    if [ ${#missing[@]} -eq 0 ]; then
        return 0
    fi
    say "installing ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        sudo=(sudo)
    fi
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# build PRESET [TARGET...]: configure once, then build (ccache keeps repeats fast).
build() {
    local preset=$1
    shift
    if [ ! -f "build/$preset/build.ninja" ]; then
        say "configuring ($preset)"
        cmake --preset "$preset" >/dev/null
    fi
    say "building ($preset)"
    if [ $# -gt 0 ]; then
        cmake --build --preset "$preset" --target "$@"
    else
        cmake --build --preset "$preset"
    fi
}

# Runs "$@" in a private D-Bus session with a fresh, unlocked gnome-keyring, so keychain code talks
# to a real Secret Service and never to the user's own keyring.
with_private_keyring() {
    local tmp
    tmp=$(mktemp -d)
    trap 'rm -rf "$tmp"; trap - RETURN' RETURN # once: not again when the caller returns
    mkdir -m 700 "$tmp/run"
    XDG_DATA_HOME="$tmp/data" XDG_RUNTIME_DIR="$tmp/run" HOME="$tmp/home" \
        dbus-run-session -- sh -c 'echo | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$@"' sh "$@"
}

# The release package in build/package/: an optimised build of what the package ships (no
# tests), compiled with Debian's own hardening flags as Debian's tools would build it, then cpack.
package_deb() {
    if [ ! -f build/package/build.ninja ]; then
        say "configuring (package)"
        # CMake reads these once, when it first configures; CPPFLAGS carries _FORTIFY_SOURCE, and
        # hardening=+all adds immediate binding (-z now) to the defaults.
        export DEB_BUILD_MAINT_OPTIONS=hardening=+all
        CXXFLAGS="$(dpkg-buildflags --get CXXFLAGS) $(dpkg-buildflags --get CPPFLAGS)" \
            LDFLAGS="$(dpkg-buildflags --get LDFLAGS)" cmake --preset package >/dev/null
    fi
    build package
    say "packaging"
    cpack --config build/package/CPackConfig.cmake -B build/package
    rm -rf build/package/_CPack_Packages
}

# --- Fuzzing and sanitizers --------------------------------------------------------------------
# The fuzz preset is a separate clang build of only the parsers and tests/fuzz; its ctest replays
# every corpus and fuzzes each target for RESETDESK_FUZZ_CI_SECONDS.
fuzz_regression() {
    build fuzz
    say "replaying the fuzz corpora and fuzzing each target briefly"
    ctest --test-dir build/fuzz --output-on-failure --no-tests=error -j2
}

# fuzz_for SECONDS: every target in turn, new inputs kept in build/fuzz (copy the ones worth
# keeping into tests/fuzz/corpus/TARGET), crashes written beside them.
fuzz_for() {
    local seconds=$1 failed=0 target out
    build fuzz
    out=build/fuzz/tests/fuzz
    for binary in "$out"/fuzz_*; do
        [ -x "$binary" ] && [ -f "$binary" ] || continue
        target=${binary##*/fuzz_}
        mkdir -p "$out/corpus/$target"
        say "fuzzing $target for ${seconds}s"
        local dict=()
        [ -f "tests/fuzz/$target.dict" ] && dict=(-dict="tests/fuzz/$target.dict")
        if ! "$binary" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 "${dict[@]}" \
            -artifact_prefix="$out/$target-" "$out/corpus/$target" "tests/fuzz/corpus/$target" \
            2> >(grep -E '^(Done|stat::number_of_executed_units|==[0-9]+==|SUMMARY|broken promise|.*runtime error)' >&2); then
            say "$target failed: the input is in $out/$target-*"
            failed=1
        fi
    done
    return $failed
}

# The core and sandbox tests built with AddressSanitizer and UBSan (the asan preset). The other
# suites would need the UI library and seven more test programs built with the sanitizers too,
# more than doubling the slowest step of CI.
asan_tests() {
    build asan core_tests sandbox_tests
    say "testing under AddressSanitizer and UBSan"
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
        QT_QPA_PLATFORM=offscreen with_private_keyring \
        ctest --test-dir build/asan --output-on-failure --no-tests=error -j2 -R '^(core|sandbox)/'
}

command=${1:-}
case "$command" in
    install)
        install_packages
        ;;
    demo)
        install_packages
        build dev resetdesk
        if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
            say "no display found: run this from a desktop session (or start it under xvfb-run)"
            exit 1
        fi
        exec build/dev/app/resetdesk --demo "${@:2}"
        ;;
    test)
        install_packages
        fuzz_regression
        build dev
        say "testing"
        QT_QPA_PLATFORM=offscreen with_private_keyring \
            ctest --test-dir build/dev --output-on-failure --no-tests=error -j2
        ;;
    bench)
        install_packages
        build release resetdesk-bench
        suites=("${@:2}")
        if [ ${#suites[@]} -eq 0 ]; then
            mapfile -t suites < <(build/release/tests/bench/resetdesk-bench --help 2>&1 | awk '/^  [a-z]/ {print $1}')
        fi
        for suite in "${suites[@]}"; do
            say "bench $suite"
            QT_QPA_PLATFORM=offscreen with_private_keyring build/release/tests/bench/resetdesk-bench "$suite"
        done
        ;;
    fuzz)
        install_packages
        fuzz_for "${2:-60}"
        ;;
    asan)
        install_packages
        asan_tests
        ;;
    translations)
        install_packages
        build dev update_translations
        ;;
    screenshots)
        install_packages
        tests/screenshots/take-screenshots.sh dev "${2:-build/screenshots}"
        ;;
    package)
        install_packages
        package_deb
        ;;
    *)
        # The command list above, however long it grows.
        sed -n '7,/^[^#]/s/^# \{0,1\}//p' "$0"
        exit 2
        ;;
esac
