// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfdocument.h"

#include <QDir>
#include <QFontDatabase>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>

namespace fd {

PdfDocument::PdfDocument(const QString &path, const QString &title) : m_path(path), m_title(title), m_buffer(&m_bytes) {}

PdfDocument::~PdfDocument()
{
    // Not finished: nothing was written to the path.
    if (m_painter.isActive())
        m_painter.end();
}

Status PdfDocument::begin()
{
    m_buffer.open(QIODevice::WriteOnly);
    m_writer = std::make_unique<QPdfWriter>(&m_buffer);
    m_writer->setResolution(Dpi);
    // Margins are ours to draw (cut marks sit near the edge), so the painter
    // gets the whole sheet.
    m_writer->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    m_writer->setTitle(m_title);
    m_writer->setCreator(QStringLiteral("ForumDesk"));
    if (!m_painter.begin(m_writer.get()))
        return Error(Error::Code::Io, tr("Cannot create the PDF document %1.").arg(QDir::toNativeSeparators(m_path)));
    m_painter.setRenderHint(QPainter::Antialiasing);
    m_painter.setRenderHint(QPainter::TextAntialiasing);
    m_pages = 1;
    return {};
}

void PdfDocument::newPage()
{
    m_writer->newPage();
    ++m_pages;
}

Status PdfDocument::finish()
{
    if (!m_painter.end())
        return Error(Error::Code::Io, tr("Cannot create the PDF document %1.").arg(QDir::toNativeSeparators(m_path)));
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_bytes) != m_bytes.size() || !file.commit())
        return Error(Error::Code::Io, tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_path), file.errorString()));
    return {};
}

QString PdfDocument::fontFamily()
{
    // Registered once, thread-safely (documents are painted on the worker).
    static const QString family = [] {
        QString name;
        const QString files[] = {QStringLiteral(":/fonts/NotoSans-Regular.ttf"), QStringLiteral(":/fonts/NotoSans-Bold.ttf"),
                                 QStringLiteral(":/fonts/NotoSans-Italic.ttf"), QStringLiteral(":/fonts/NotoSans-BoldItalic.ttf")};
        for (const QString &file : files) {
            const int id = QFontDatabase::addApplicationFont(file);
            const QStringList families = QFontDatabase::applicationFontFamilies(id);
            if (id < 0 || families.isEmpty())
                qWarning("ForumDesk: cannot load the document font %s", qPrintable(file));
            else if (name.isEmpty())
                name = families.constFirst();
        }
        return name.isEmpty() ? QStringLiteral("Noto Sans") : name;
    }();
    return family;
}

QFont PdfDocument::font(qreal pointSize, QFont::Weight weight)
{
    QFont f(fontFamily());
    f.setStyleHint(QFont::SansSerif);
    // No shaping: Qt would otherwise turn "ff"/"fi" into ligature glyphs whose
    // text in the PDF reads U+FB00..U+FB06 (Qt 6.4 has no "liga" feature switch).
    f.setStyleStrategy(QFont::PreferNoShaping);
    f.setPointSizeF(pointSize);
    f.setWeight(weight);
    return f;
}

QRectF drawFittedText(QPainter &painter, const QRectF &box, int alignment, const QString &text, QFont font, const TextFit &fit)
{
    const qreal start = font.pointSizeF();
    auto fits = [&](qreal size, int flags, QRectF *needed) {
        font.setPointSizeF(size);
        painter.setFont(font);
        *needed = painter.boundingRect(box, alignment | flags, text);
        // A hair of tolerance: font metrics round to device pixels.
        return needed->width() <= box.width() + 1 && needed->height() <= box.height() + 1;
    };
    QRectF needed;
    constexpr qreal Step = 0.25;
    if (fit.minSingleLinePointSize > 0) {
        for (qreal size = start; size >= fit.minSingleLinePointSize; size -= Step) {
            if (fits(size, Qt::TextSingleLine, &needed)) {
                painter.drawText(box, alignment | Qt::TextSingleLine, text);
                return needed;
            }
        }
    }
    for (qreal size = start; size >= fit.minPointSize; size -= Step) {
        if (fits(size, Qt::TextWordWrap, &needed)) {
            painter.drawText(box, alignment | Qt::TextWordWrap, text);
            return needed;
        }
    }
    // Too long even at the smallest size: break inside words and let it run
    // over the box rather than lose letters of someone's name.
    fits(fit.minPointSize, Qt::TextWrapAnywhere, &needed);
    painter.drawText(box, alignment | Qt::TextWrapAnywhere, text);
    return needed;
}

void drawRule(QPainter &painter, qreal x1, qreal x2, qreal y, qreal widthMm, const QColor &color)
{
    painter.save();
    QPen pen(color);
    pen.setWidthF(PdfDocument::mm(widthMm));
    pen.setCapStyle(Qt::FlatCap);
    painter.setPen(pen);
    painter.drawLine(QPointF(x1, y), QPointF(x2, y));
    painter.restore();
}

} // namespace fd
