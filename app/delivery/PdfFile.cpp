// SPDX-License-Identifier: MIT
#include "delivery/PdfFile.h"

#include "common/OwnerOnlyFile.h"

#include <QPdfWriter>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int PdfResolution = 300;
} // namespace

FileWriteError PdfFile::write(const QString &path, const std::function<bool(QPdfWriter &writer)> &paint)
{
    QSaveFile file(path);
    const FileWriteError opened = OwnerOnlyFile::open(file);
    if (opened != FileWriteError::None)
        return opened;
    {
        QPdfWriter writer(&file);
        writer.setResolution(PdfResolution);
        writer.setCreator(u"ResetDesk"_s);
        if (!paint(writer)) {
            file.cancelWriting();
            file.commit();
            return FileWriteError::WriteFailed;
        }
    }
    return OwnerOnlyFile::commit(file);
}
