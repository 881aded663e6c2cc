// SPDX-License-Identifier: MIT
#pragma once

class QDialog;
class QWidget;

/**
 * Gives the keyboard focus back to where the admin was once a dialog has closed and no other
 * dialog took over. Window managers (and the offscreen platform) do not always reactivate the
 * window underneath, and a keyboard or screen-reader user must not be left with the focus
 * nowhere.
 */
class FocusReturn final
{
public:
    /** When @p dialog closes, @p target (if still there) gets its window activated and the focus. */
    static void afterClosing(QDialog *dialog, QWidget *target);
};
