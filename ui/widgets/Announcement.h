// SPDX-License-Identifier: MIT
#pragma once

class QLabel;
class QString;
class QWidget;

/**
 * Makes screen readers speak a change the admin did not ask for with the keyboard. Qt reports a
 * label's new text only as a name change, which screen readers read out for the control with the
 * focus; a problem, a rule list, a phase or a result that appears elsewhere in the window is
 * raised as an alert instead, the event QMessageBox raises for its message.
 */
namespace Announcement {

/** Shows @p text in @p label, hides the label when it is empty, and raises a new text as an alert. */
void showMessage(QLabel *label, const QString &text);

/** Raises what @p widget shows now as an alert: the result a dialog opens with. */
void raise(QWidget *widget);

} // namespace Announcement
