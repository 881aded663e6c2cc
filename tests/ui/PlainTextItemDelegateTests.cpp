// SPDX-License-Identifier: MIT
// PlainTextItemDelegate on a real table (offscreen): it must paint exactly what Qt's own
// delegate paints, pixel for pixel, in every state a cell of the user list can be in.
#include "CatchQt.h"

#include "ui/widgets/PlainTextItemDelegate.h"

#include <QHeaderView>
#include <QImage>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

/** A table with the kinds of cells the user list has, and a few it might get. */
struct Table
{
    QStandardItemModel model {12, 5};
    QTableView view;

    Table()
    {
        const QStringList names {u"Åsa Öberg"_s, u"Anna Svensson"_s, u"Søren Strauß"_s, u"Σοφία Παππά"_s,
            u"Li"_s, u"Agnes Andersson-Lindqvist"_s};
        for (int row = 0; row < model.rowCount(); ++row) {
            auto *check = new QStandardItem;
            check->setCheckable(true);
            check->setCheckState(row % 3 == 0 ? Qt::Checked : Qt::Unchecked);
            model.setItem(row, 0, check);
            model.setItem(row, 1, new QStandardItem(names.at(row % names.size())));
            // Long enough to be elided in its narrow column.
            model.setItem(row, 2, new QStandardItem(u"agnes.andersson-lindqvist%1@kvarnbybygg.com"_s.arg(row)));
            model.setItem(row, 3, new QStandardItem(row % 2 ? u"Yes"_s : u"No"_s));
            model.setItem(row, 4, new QStandardItem(row % 4 ? QString() : u"2024-05-01 10:11"_s));
        }
        model.item(1, 3)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        model.item(2, 3)->setTextAlignment(Qt::AlignCenter);
        model.item(3, 1)->setForeground(QColor(0x80, 0x20, 0x20));
        model.item(4, 1)->setBackground(QColor(0xff, 0xf4, 0xce));
        QFont bold = view.font();
        bold.setBold(true);
        model.item(5, 1)->setFont(bold);
        model.item(6, 1)->setEnabled(false);

        view.setModel(&model);
        // As the user list is set up: one line per row, alternating colours.
        view.setWordWrap(false);
        view.setAlternatingRowColors(true);
        view.horizontalHeader()->resizeSection(1, 150);
        view.horizontalHeader()->resizeSection(2, 120);
        view.resize(560, 320);
        view.show();
        REQUIRE(QTest::qWaitForWindowExposed(&view));
        view.setFocus();
        view.setCurrentIndex(model.index(2, 2));
        view.selectionModel()->select(
            QItemSelection(model.index(1, 0), model.index(1, 4)), QItemSelectionModel::Select);
        view.selectionModel()->select(
            QItemSelection(model.index(3, 0), model.index(3, 4)), QItemSelectionModel::Select);
    }

    QImage render() const { return view.viewport()->grab().toImage(); }

    /** What Qt's delegate paints, then what ours paints, of the same view. */
    std::pair<QImage, QImage> renderBoth()
    {
        view.setItemDelegate(new QStyledItemDelegate(&view));
        const QImage qt = render();
        auto *plain = new PlainTextItemDelegate(&view);
        view.setItemDelegate(plain);
        delegate = plain;
        return {qt, render()};
    }

    PlainTextItemDelegate *delegate = nullptr;
};

} // namespace

TEST_CASE("PlainTextItemDelegate: paints text cells exactly as QStyledItemDelegate does", "[ui][delegate]")
{
    Table table;
    const auto [qt, plain] = table.renderBoth();
    REQUIRE(!qt.isNull());
    CHECK(plain == qt);
    // Painted from kept text: the repeated "Yes" and "No" are shaped once.
    CHECK(table.delegate->keptTexts() > 0);
    CHECK(table.delegate->keptTexts() < 12 * 4);
    // And a second paint, from the cache only, is the same again.
    CHECK(table.render() == qt);
}

TEST_CASE("PlainTextItemDelegate: matches right to left and in another font", "[ui][delegate]")
{
    Table table;
    table.view.setLayoutDirection(Qt::RightToLeft);
    const auto [qtRtl, plainRtl] = table.renderBoth();
    CHECK(plainRtl == qtRtl);

    table.view.setLayoutDirection(Qt::LeftToRight);
    QFont larger = table.view.font();
    larger.setPointSizeF(larger.pointSizeF() * 1.5);
    table.view.setFont(larger);
    const auto [qtLarger, plainLarger] = table.renderBoth();
    CHECK(plainLarger == qtLarger);
}

TEST_CASE("PlainTextItemDelegate: elides afresh as a column narrows", "[ui][delegate]")
{
    Table table;
    table.renderBoth();
    for (const int width : {200, 90, 40}) {
        table.view.horizontalHeader()->resizeSection(1, width);
        const QImage plain = table.render();
        table.view.setItemDelegate(new QStyledItemDelegate(&table.view));
        CHECK(table.render() == plain);
        table.view.setItemDelegate(new PlainTextItemDelegate(&table.view));
    }
}

TEST_CASE("PlainTextItemDelegate: keeps a bounded number of texts while scrolling", "[ui][delegate]")
{
    QStandardItemModel model(3000, 1);
    for (int row = 0; row < model.rowCount(); ++row)
        model.setItem(row, 0, new QStandardItem(u"user%1@kvarnby.se"_s.arg(row)));
    QTableView view;
    view.setWordWrap(false);
    auto *delegate = new PlainTextItemDelegate(&view);
    view.setItemDelegate(delegate);
    view.setModel(&model);
    view.resize(300, 400);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    qsizetype most = 0;
    while (view.verticalScrollBar()->value() < view.verticalScrollBar()->maximum()) {
        view.verticalScrollBar()->setValue(view.verticalScrollBar()->value() + view.verticalScrollBar()->pageStep());
        view.viewport()->repaint();
        most = std::max(most, delegate->keptTexts());
    }
    CHECK(most > 100);
    CHECK(most <= PlainTextItemDelegate::MaximumKeptTexts);
}
