#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Takes the screenshots the AppStream metainfo shows (resources/screenshots/) from the real
# windows of the demo organisation under Xvfb. Usage: tests/screenshots/take-screenshots.sh
# [PRESET [OUTPUT_DIR]]; builds resetdesk-screenshots in PRESET (default dev) first.
set -euo pipefail
cd "$(dirname "$0")/../.."
preset=${1:-dev}
output=${2:-resources/screenshots}

if [ ! -f "build/$preset/build.ninja" ]; then
    cmake --preset "$preset" >/dev/null
fi
cmake --build --preset "$preset" --target resetdesk-screenshots
mkdir -p "$output"
# 1280x800 is a laptop screen, and wide enough for the list and the details pane side by side.
# A private settings folder and D-Bus session: nothing of the user's own setup shows or changes.
config=$(mktemp -d)
trap 'rm -rf "$config"' EXIT
env -u QT_QPA_PLATFORM -u WAYLAND_DISPLAY XDG_CONFIG_HOME="$config" LANGUAGE=en LC_ALL=C.UTF-8 \
    xvfb-run -a -s '-screen 0 1280x800x24' \
    dbus-run-session -- "build/$preset/tests/resetdesk-screenshots" "$output"
