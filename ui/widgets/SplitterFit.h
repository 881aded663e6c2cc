// SPDX-License-Identifier: MIT
#pragma once

class QScrollArea;
class QSplitter;

namespace SplitterFit {

/**
 * Widens @p scroll, the second of @p splitter's two panes, to the width its contents need without
 * a horizontal scroll bar, taking the room from the first pane down to that pane's minimum size
 * hint. Never narrows it. For panes whose captions grow in another language.
 */
void widenScrollPaneToContents(QSplitter *splitter, const QScrollArea *scroll);

} // namespace SplitterFit
