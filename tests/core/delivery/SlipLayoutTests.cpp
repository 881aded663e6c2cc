// SPDX-License-Identifier: MIT
#include "CatchQt.h"

#include "delivery/SlipLayout.h"

#include <QPageSize>

namespace {

constexpr double Tolerance = 0.01;

bool near(double a, double b)
{
    return std::abs(a - b) < Tolerance;
}

/** Every slip lies inside the printable area, and no two overlap. */
void checkTiles(const SlipLayout &layout)
{
    const QRectF area = layout.printableRect();
    double total = 0;
    for (int slot = 0; slot < layout.slipsPerPage(); ++slot) {
        const QRectF slip = layout.slipRect(slot);
        CHECK(area.adjusted(-Tolerance, -Tolerance, Tolerance, Tolerance).contains(slip));
        total += slip.width() * slip.height();
        for (int other = slot + 1; other < layout.slipsPerPage(); ++other) {
            const QRectF overlap = slip.intersected(layout.slipRect(other));
            CHECK(overlap.width() * overlap.height() < Tolerance);
        }
    }
    // Together they fill the printable area exactly: nothing wasted, nothing outside.
    CHECK(near(total, area.width() * area.height()));
}

} // namespace

TEST_CASE("SlipLayout: puts eight slips on an A4 page in two columns and four rows", "[delivery][layout]")
{
    const SlipLayout layout(QPageSize(QPageSize::A4), 8);
    REQUIRE(layout.slipsPerPage() == 8);
    CHECK(layout.columns() == 2);
    CHECK(layout.rows() == 4);
    // QPageSize gives A4 in whole points.
    CHECK(near(layout.pageSize().width(), 595));
    CHECK(near(layout.pageSize().height(), 842));
    const double margin = 10.0 * 72.0 / 25.4;
    CHECK(near(layout.printableRect().left(), margin));
    CHECK(near(layout.printableRect().bottom(), 842 - margin));
    const QRectF first = layout.slipRect(0);
    CHECK(near(first.width(), (595 - 2 * margin) / 2));
    CHECK(near(first.height(), (842 - 2 * margin) / 4));
    // Row by row, left to right.
    CHECK(near(layout.slipRect(1).left(), first.right()));
    CHECK(near(layout.slipRect(1).top(), first.top()));
    CHECK(near(layout.slipRect(2).top(), first.bottom()));
    CHECK(near(layout.slipRect(7).bottom(), layout.printableRect().bottom()));
    CHECK(near(layout.slipRect(7).right(), layout.printableRect().right()));
    checkTiles(layout);
}

TEST_CASE("SlipLayout: 1 and 4 per page on A4 and Letter fill the printable area", "[delivery][layout]")
{
    for (const QPageSize::PageSizeId paper : {QPageSize::A4, QPageSize::Letter}) {
        for (const int count : {1, 4, 8}) {
            const SlipLayout layout{QPageSize(paper), count};
            CAPTURE(int(paper), count);
            CHECK(layout.slipsPerPage() == count);
            checkTiles(layout);
        }
    }
    const SlipLayout one(QPageSize(QPageSize::Letter), 1);
    CHECK(near(one.pageSize().width(), 612));
    CHECK(near(one.pageSize().height(), 792));
    CHECK(one.slipRect(0) == one.printableRect());
    const SlipLayout four(QPageSize(QPageSize::Letter), 4);
    CHECK(four.columns() == 2);
    CHECK(four.rows() == 2);
    CHECK(near(four.slipRect(3).bottomRight().x(), 612 - four.margin()));
    CHECK(near(four.slipRect(3).bottomRight().y(), 792 - four.margin()));
}

TEST_CASE("SlipLayout: cut guides run between the slips across the whole page", "[delivery][layout]")
{
    const SlipLayout eight(QPageSize(QPageSize::A4), 8);
    const QList<QLineF> guides = eight.cutGuides();
    // One vertical guide between the columns, three horizontal ones between the rows.
    REQUIRE(guides.size() == 4);
    const QLineF vertical = guides.at(0);
    CHECK(near(vertical.x1(), eight.slipRect(0).right()));
    CHECK(near(vertical.x2(), vertical.x1()));
    CHECK(near(vertical.y1(), 0));
    CHECK(near(vertical.y2(), eight.pageSize().height()));
    for (int row = 1; row < 4; ++row) {
        const QLineF horizontal = guides.at(row);
        CHECK(near(horizontal.y1(), eight.slipRect(row * 2).top()));
        CHECK(near(horizontal.x1(), 0));
        CHECK(near(horizontal.x2(), eight.pageSize().width()));
    }
    CHECK(SlipLayout(QPageSize(QPageSize::Letter), 4).cutGuides().size() == 2);
    CHECK(SlipLayout(QPageSize(QPageSize::Letter), 1).cutGuides().isEmpty());
}

TEST_CASE("SlipLayout: counts pages and places each slip on its page and slot", "[delivery][layout]")
{
    const SlipLayout layout(QPageSize(QPageSize::A4), 8);
    CHECK(layout.pageCount(0) == 0);
    CHECK(layout.pageCount(1) == 1);
    CHECK(layout.pageCount(8) == 1);
    CHECK(layout.pageCount(9) == 2);
    CHECK(layout.pageCount(1000) == 125);
    CHECK(layout.pageOf(7) == 0);
    CHECK(layout.pageOf(8) == 1);
    CHECK(layout.slotOf(8) == 0);
    CHECK(layout.slotOf(13) == 5);
    CHECK(SlipLayout(QPageSize(QPageSize::A4), 4).pageCount(9) == 3);
}

TEST_CASE("SlipLayout: an unsupported count falls back to eight per page", "[delivery][layout]")
{
    CHECK(SlipLayout(QPageSize(QPageSize::A4), 3).slipsPerPage() == 8);
    CHECK(SlipLayout(QPageSize(QPageSize::A4), 0).slipsPerPage() == 8);
    CHECK_FALSE(SlipLayout::isSupported(2));
    CHECK(SlipLayout::isSupported(4));
}
