// SPDX-License-Identifier: MIT
#pragma once

class QLineEdit;
class QString;

/**
 * Names the clear button of @p lineEdit (QLineEdit::clearButtonEnabled) for screen readers: Qt
 * makes it an action without text, which assistive technology announces as an unnamed button.
 * Call again when the language changes.
 */
void nameClearButton(QLineEdit *lineEdit, const QString &name);
