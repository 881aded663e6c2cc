#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Takes screenshots of the main window and every dialog, in English and Swedish, from the real
# windows of the demo organisation under Xvfb, into OUTPUT_DIR/en and OUTPUT_DIR/sv; then
# refreshes the ones the README and the AppStream metainfo show (resources/screenshots/) from
# the English set. Usage: tests/screenshots/take-screenshots.sh [PRESET [OUTPUT_DIR]]; builds
# resetdesk-screenshots in PRESET (default dev) first; OUTPUT_DIR defaults to build/screenshots.
set -euo pipefail
cd "$(dirname "$0")/../.."
preset=${1:-dev}
output=${2:-build/screenshots}

if [ ! -f "build/$preset/build.ninja" ]; then
    cmake --preset "$preset" >/dev/null
fi
cmake --build --preset "$preset" --target resetdesk-screenshots
rm -rf "$output"
mkdir -p "$output"
# 1280x800 is a laptop screen, and wide enough for the list and the details pane side by side.
# A private settings folder, data folder and D-Bus session: nothing of the user's own setup shows
# or changes.
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
env -u QT_QPA_PLATFORM -u WAYLAND_DISPLAY XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" \
    LANGUAGE=en LC_ALL=C.UTF-8 \
    xvfb-run -a -s '-screen 0 1280x800x24' \
    dbus-run-session -- "build/$preset/tests/resetdesk-screenshots" "$output"
for shot in main-window reset-dialog; do
    cp "$output/en/$shot.png" "resources/screenshots/$shot.png"
done
