#!/bin/sh
# SPDX-License-Identifier: MIT
# with-atspi.sh PROGRAM [ARGS...]: runs PROGRAM on an Xvfb screen with the AT-SPI accessibility
# bus up and Qt's bridge to it switched on, as on a desktop where a screen reader runs, so the
# accessibility events the program raises really flow. Run it inside a private D-Bus session.
set -eu
# Its output goes nowhere: the bus daemon it starts would otherwise hold the caller's pipe open.
/usr/libexec/at-spi-bus-launcher --launch-immediately >/dev/null 2>&1 &
launcher=$!
trap 'kill "$launcher" 2>/dev/null || true' EXIT
QT_QPA_PLATFORM=xcb QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 xvfb-run -a -s '-screen 0 1280x1024x24' "$@"
