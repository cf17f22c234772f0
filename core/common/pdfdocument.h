// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QFont>
#include <QPainter>
#include <QBuffer>

#include <memory>

class QPdfWriter;

namespace fd {

// An A4 PDF painted page by page with QPainter, in device units of 300 dpi
// (mm() converts). Needs a QGuiApplication for fonts, but no widgets.
// The PDF is painted into memory and written by finish() through QSaveFile:
// a failed export never leaves half a document (or truncates an old one).
class PdfDocument
{
    Q_DECLARE_TR_FUNCTIONS(PdfDocument)
public:
    PdfDocument(const QString &path, const QString &title);
    ~PdfDocument();
    PdfDocument(const PdfDocument &) = delete;
    PdfDocument &operator=(const PdfDocument &) = delete;

    Status begin();
    QPainter &painter() { return m_painter; }
    void newPage();
    Status finish();
    int pageCount() const { return m_pages; }

    static constexpr int Dpi = 300;
    static constexpr qreal PageWidthMm = 210.0;
    static constexpr qreal PageHeightMm = 297.0;
    static constexpr qreal mm(qreal millimetres) { return millimetres * Dpi / 25.4; }
    static QRectF mmRect(qreal x, qreal y, qreal w, qreal h) { return QRectF(mm(x), mm(y), mm(w), mm(h)); }

    // The document face: Noto Sans, shipped in the program's resources
    // (resources/fonts, SIL OFL), so that a certificate or a report looks and
    // reads the same on every machine, whatever fonts it has installed.
    // Letters are never shaped into ligatures ("ff" stays two letters), so
    // the PDF's text can be searched and copied as written.
    static QFont font(qreal pointSize, QFont::Weight weight = QFont::Normal);
    // The family name of that face, registered on first use.
    static QString fontFamily();

private:
    QString m_path;
    QString m_title;
    QByteArray m_bytes;
    QBuffer m_buffer;
    std::unique_ptr<QPdfWriter> m_writer;
    QPainter m_painter;
    int m_pages = 0;
};

// How drawFittedText() may make text fit its box.
struct TextFit {
    qreal minPointSize = 7;        // never smaller than this
    qreal minSingleLinePointSize = 0; // shrink on one line down to this before wrapping; 0: wrap at once
};

// Draws `text` inside `box`: first on one line, shrinking the font, then
// word-wrapped, shrinking further, and as a last resort wrapped anywhere.
// Names on badges and lists must never be cut off, so nothing is clipped.
// Returns the rectangle the text took.
QRectF drawFittedText(QPainter &painter, const QRectF &box, int alignment, const QString &text, QFont font,
                      const TextFit &fit = {});

// A horizontal rule `widthMm` thick.
void drawRule(QPainter &painter, qreal x1, qreal x2, qreal y, qreal widthMm, const QColor &color);

} // namespace fd
