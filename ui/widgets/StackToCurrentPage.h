// SPDX-License-Identifier: MIT
#pragma once

class QStackedWidget;

/**
 * Makes @p stack as large as the page it shows, not as its largest page: a QStackedWidget
 * reserves room for every page, so a dialog whose tallest page shows only while it waits
 * (a device code, a progress bar) would otherwise carry that empty space at all times, and be
 * too tall for the screen with a large font. Follows the page changes for as long as it lives.
 */
void sizeStackToCurrentPage(QStackedWidget *stack);
