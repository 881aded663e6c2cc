// SPDX-License-Identifier: MIT
#include "CatchQt.h"
#include "WidgetLookup.h"

#include "../core/delivery/DeliveryTestItems.h"
#include "../core/delivery/PdfText.h"

#include "ui/handover/PrintSlipsDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {


struct Fixture
{
    QTemporaryDir dir;
    QList<HandoverItem> items = DeliveryTestItems::mixed(10);
    PrintSlipsDialog dialog{items};
    QList<PrintSlipsDialog::FileKind> asked;

    Fixture()
    {
        REQUIRE(dir.isValid());
        dialog.setIssuer(u"Anna Admin"_s);
        dialog.setFallbackLanguage(u"en"_s);
        dialog.setFileChooser([this](PrintSlipsDialog::FileKind kind, const QString &suggested) {
            asked.append(kind);
            return dir.filePath(QFileInfo(suggested).fileName());
        });
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    }
};

} // namespace

TEST_CASE("PrintSlipsDialog: Save as PDF writes the chosen options to an owner-only PDF", "[delivery][ui]")
{
    Fixture f;
    auto *perPage = child<QComboBox>(f.dialog, u"comboSlipsPerPage"_s);
    CHECK(perPage->currentData().toInt() == 8);
    perPage->setCurrentIndex(perPage->findData(4));
    QTest::mouseClick(child<QCheckBox>(f.dialog, u"checkSummary"_s), Qt::LeftButton);
    QSignalSpy saved(&f.dialog, &PrintSlipsDialog::pdfSaved);

    QTest::mouseClick(child<QPushButton>(f.dialog, u"buttonSavePdf"_s), Qt::LeftButton);

    REQUIRE(saved.size() == 1);
    CHECK(f.asked == QList<PrintSlipsDialog::FileKind>{PrintSlipsDialog::FileKind::Pdf});
    const QString path = saved.at(0).at(0).toString();
    CHECK(path.endsWith(u".pdf"_s));
    CHECK(QFile::permissions(path) == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
                                       | QFileDevice::WriteUser));
    // 10 slips at 4 per page make 3 pages, plus the summary.
    REQUIRE(PdfText::pageCount(path) == 4);
    CHECK(PdfText::page(path, 1).contains(f.items.at(0).password.reveal()));
    CHECK(PdfText::page(path, 3).contains(f.items.at(9).password.reveal()));
    CHECK(PdfText::page(path, 4).contains(u"Summary of password slips"_s));
    CHECK(child<QLabel>(f.dialog, u"labelStatus"_s)->text().contains(path));
}

TEST_CASE("PrintSlipsDialog: Export results writes passwords only with the box ticked and warns", "[delivery][ui]")
{
    Fixture f;
    auto *include = child<QCheckBox>(f.dialog, u"checkIncludePasswords"_s);
    auto *warning = child<QLabel>(f.dialog, u"labelPasswordWarning"_s);
    auto *exportButton = child<QPushButton>(f.dialog, u"buttonExport"_s);
    QSignalSpy exported(&f.dialog, &PrintSlipsDialog::resultsExported);
    CHECK_FALSE(include->isChecked());
    CHECK_FALSE(warning->isVisible());

    QTest::mouseClick(exportButton, Qt::LeftButton);
    REQUIRE(exported.size() == 1);
    const QString path = exported.at(0).at(0).toString();
    QFile first(path);
    REQUIRE(first.open(QIODevice::ReadOnly));
    const QByteArray without = first.readAll();
    first.close();
    CHECK(without.startsWith("\xEF\xBB\xBF"));
    CHECK(QString::fromUtf8(without).contains(f.items.at(0).userPrincipalName));
    CHECK_FALSE(QString::fromUtf8(without).contains(f.items.at(0).password.reveal()));

    // Keyboard: the mnemonic-bearing box toggles with the space bar once focused.
    include->setFocus();
    QTest::keyClick(include, Qt::Key_Space);
    CHECK(include->isChecked());
    CHECK(warning->isVisible());
    CHECK(warning->text().contains(u"plain text"_s));
    QTest::mouseClick(exportButton, Qt::LeftButton);
    REQUIRE(exported.size() == 2);
    QFile second(path);
    REQUIRE(second.open(QIODevice::ReadOnly));
    const QString with = QString::fromUtf8(second.readAll());
    for (const HandoverItem &item : f.items)
        CHECK(with.contains(item.password.reveal()));
    CHECK(QFile::permissions(path).testFlag(QFileDevice::ReadOwner));
    CHECK_FALSE(QFile::permissions(path).testFlag(QFileDevice::ReadOther));
    CHECK_FALSE(QFile::permissions(path).testFlag(QFileDevice::ReadGroup));
}

TEST_CASE("PrintSlipsDialog: cancelling the file choice writes nothing", "[delivery][ui]")
{
    Fixture f;
    f.dialog.setFileChooser([](PrintSlipsDialog::FileKind, const QString &) { return QString(); });
    QSignalSpy saved(&f.dialog, &PrintSlipsDialog::pdfSaved);
    QTest::mouseClick(child<QPushButton>(f.dialog, u"buttonSavePdf"_s), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(f.dialog, u"buttonExport"_s), Qt::LeftButton);
    CHECK(saved.isEmpty());
    CHECK(QDir(f.dir.path()).entryList(QDir::Files).isEmpty());
}

TEST_CASE("PrintSlipsDialog: Print preview opens a preview of the slips", "[delivery][ui]")
{
    Fixture f;
    QTest::mouseClick(child<QPushButton>(f.dialog, u"buttonPreview"_s), Qt::LeftButton);
    auto *preview = f.dialog.findChild<QPrintPreviewDialog *>();
    REQUIRE(preview);
    CHECK(preview->isVisible());
    preview->close();
}

TEST_CASE("PrintSlipsDialog: every control has an accessible name and a keyboard path", "[delivery][ui]")
{
    Fixture f;
    for (const QString &name : {u"comboSlipsPerPage"_s, u"comboPaper"_s, u"checkPhonetic"_s, u"checkSummary"_s,
                                u"buttonPreview"_s, u"buttonPrint"_s, u"buttonSavePdf"_s, u"checkIncludePasswords"_s,
                                u"buttonExport"_s}) {
        CAPTURE(name);
        auto *widget = child<QWidget>(f.dialog, name);
        CHECK_FALSE(widget->accessibleName().isEmpty());
        CHECK(widget->focusPolicy() & Qt::TabFocus);
    }
    // Without the English plural catalogue installed the source form shows; the count is what matters.
    CHECK(child<QLabel>(f.dialog, u"labelCount"_s)->text().startsWith(u"10 user"_s));
}
