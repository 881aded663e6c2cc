// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QWidget;

/**
 * Keeps a dialog tall enough for its wrapped texts. A layout's minimum size ignores how many
 * lines a word-wrapped label needs at the dialog's width, so a message shown later, a longer
 * Swedish text or a larger font would otherwise be squeezed or cut. The dialog grows (never
 * shrinks, so it does not jump under the admin's hands) when it opens and whenever its layout
 * changes: a new message, a retranslation, another font. It stays within its screen.
 */
class GrowToContents final : public QObject
{
public:
    /** Watches @p window (a top-level widget with a layout) for as long as it lives. */
    static void install(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit GrowToContents(QWidget *window);
    void grow();

    QWidget *m_window;
};
