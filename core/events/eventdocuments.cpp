// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventdocuments.h"

#include "common/dates.h"
#include "common/pdfdocument.h"
#include "common/textfold.h"
#include "events/eventrepository.h"
#include "events/registrationrepository.h"

#include <QAbstractTextDocumentLayout>
#include <QTextDocument>

#include <algorithm>

namespace fd {

namespace {

using Pdf = PdfDocument;
constexpr qreal mm(qreal v) { return PdfDocument::mm(v); }

// A restrained palette: black text, grey for secondary lines, one dark blue
// accent. Everything stays legible when an office laser prints it in grey.
const QColor Ink(0x1a, 0x1a, 0x1a);
const QColor Muted(0x5f, 0x63, 0x68);
const QColor Rule(0x8c, 0x8c, 0x8c);
const QColor Hairline(0xc8, 0xc8, 0xc8);
const QColor HeaderFill(0xec, 0xee, 0xf1);
const QColor Accent(0x1f, 0x4e, 0x79);

struct EventData {
    Event event;
    QList<Registration> registrations;
};

Result<EventData> load(Database &db, qint64 eventId)
{
    auto event = EventRepository(db).byId(eventId);
    if (!event)
        return event.error();
    auto registrations = RegistrationRepository(db).forEvent(eventId);
    if (!registrations)
        return registrations.error();
    return EventData{std::move(event.value()), std::move(registrations.value())};
}

QList<Registration> sortedByLastName(QList<Registration> list)
{
    struct Keyed {
        QString last, first, organisation;
        Registration registration;
    };
    QList<Keyed> keyed;
    keyed.reserve(list.size());
    for (Registration &r : list)
        keyed.append({foldKey(r.personLastName), foldKey(r.personFirstName), foldKey(r.organisationName), std::move(r)});
    std::stable_sort(keyed.begin(), keyed.end(), [](const Keyed &a, const Keyed &b) {
        if (a.last != b.last)
            return a.last < b.last;
        if (a.first != b.first)
            return a.first < b.first;
        return a.organisation < b.organisation;
    });
    QList<Registration> out;
    out.reserve(keyed.size());
    for (Keyed &k : keyed)
        out.append(std::move(k.registration));
    return out;
}

QString dateAndPlace(const Event &e)
{
    const QString place = e.placeText();
    if (place.isEmpty())
        return e.dateText();
    return EventDocuments::tr("%1 · %2", "event date and place").arg(e.dateText(), place);
}

void setPenColor(QPainter &p, const QColor &color)
{
    p.setPen(QPen(color));
}

// --- Sign-in sheet --------------------------------------------------------

// Millimetres on the A4 sheet.
namespace signin {
constexpr qreal Left = 18, Right = 210 - 18, Top = 14, Bottom = 297 - 16;
constexpr qreal HeaderRow = 8, Row = 12;
constexpr qreal NoWidth = 11, NameWidth = 56, OrgWidth = 50; // the signature takes the rest
constexpr qreal TitleSize = 16;
} // namespace signin

class SignInSheet
{
public:
    SignInSheet(Pdf &pdf, const Event &event, const QList<Registration> &people, int blankRows)
        : m_pdf(pdf), m_p(pdf.painter()), m_event(event), m_people(people), m_blankRows(blankRows)
    {
    }

    // The page count must be known before the first header ("page 1 of 3"),
    // so the layout is measured first and painted second.
    int pageCount()
    {
        measure();
        const int rows = int(m_people.size()) + m_blankRows;
        return std::max(1, (rows + m_rowsPerPage - 1) / m_rowsPerPage);
    }

    void paint()
    {
        const int pages = pageCount();
        const int rows = int(m_people.size()) + m_blankRows;
        for (int page = 0; page < pages; ++page) {
            if (page > 0)
                m_pdf.newPage();
            paintHeader(page + 1, pages);
            qreal y = paintColumnHeader();
            for (int i = page * m_rowsPerPage; i < std::min(rows, (page + 1) * m_rowsPerPage); ++i) {
                paintRow(i, y);
                y += mm(signin::Row);
            }
            paintFooter();
        }
    }

private:
    void measure()
    {
        using namespace signin;
        // A long title may take two lines; beyond that it is set smaller (see paintHeader).
        m_p.setFont(Pdf::font(TitleSize, QFont::Bold));
        const QRectF titleWidth(mm(Left), 0, mm(Right - Left), mm(100));
        const qreal oneLine = m_p.boundingRect(titleWidth, Qt::TextSingleLine, QStringLiteral("Ag")).height();
        const qreal needed = m_p.boundingRect(titleWidth, Qt::TextWordWrap, m_event.title).height();
        m_titleHeight = std::min(needed, 2 * oneLine + 1);
        m_tableTop = mm(Top + 6) + m_titleHeight + mm(1.5 + 5.5 + 3 + 5);
        const qreal available = mm(Bottom) - m_tableTop - mm(HeaderRow);
        m_rowsPerPage = std::max(1, int(available / mm(Row)));
    }

    void paintHeader(int page, int pages)
    {
        using namespace signin;
        const qreal width = mm(Right - Left);
        m_p.setFont(Pdf::font(8.5));
        setPenColor(m_p, Muted);
        const QRectF kicker(mm(Left), mm(Top), width, mm(5));
        m_p.drawText(kicker, Qt::AlignLeft | Qt::AlignTop, EventDocuments::tr("Sign-in sheet"));
        m_p.drawText(kicker, Qt::AlignRight | Qt::AlignTop, EventDocuments::tr("Page %1 of %2").arg(page).arg(pages));

        setPenColor(m_p, Ink);
        qreal y = mm(Top + 6);
        drawFittedText(m_p, QRectF(mm(Left), y, width, m_titleHeight), Qt::AlignLeft | Qt::AlignTop, m_event.title,
                       Pdf::font(TitleSize, QFont::Bold), TextFit{9, 0});
        y += m_titleHeight + mm(1.5);
        drawFittedText(m_p, QRectF(mm(Left), y, width, mm(5.5)), Qt::AlignLeft | Qt::AlignVCenter, dateAndPlace(m_event),
                       Pdf::font(10.5), TextFit{7, 7});
        y += mm(5.5 + 3);
        drawRule(m_p, mm(Left), mm(Right), y, 0.35, Ink);
    }

    qreal paintColumnHeader()
    {
        using namespace signin;
        const qreal y = m_tableTop;
        m_p.fillRect(QRectF(mm(Left), y, mm(Right - Left), mm(HeaderRow)), HeaderFill);
        m_p.setFont(Pdf::font(9, QFont::Bold));
        setPenColor(m_p, Ink);
        const QString labels[] = {EventDocuments::tr("No."), EventDocuments::tr("Name"), EventDocuments::tr("Organisation"),
                                  EventDocuments::tr("Signature")};
        for (int c = 0; c < 4; ++c)
            m_p.drawText(cell(c, y, mm(HeaderRow)), (c == 0 ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter, labels[c]);
        drawRule(m_p, mm(Left), mm(Right), y + mm(HeaderRow), 0.3, Ink);
        return y + mm(HeaderRow);
    }

    void paintRow(int index, qreal y)
    {
        using namespace signin;
        const qreal h = mm(Row);
        m_p.setFont(Pdf::font(9));
        setPenColor(m_p, Muted);
        m_p.drawText(cell(0, y, h), Qt::AlignRight | Qt::AlignVCenter, QString::number(index + 1));
        if (index < m_people.size()) {
            const Registration &r = m_people.at(index);
            setPenColor(m_p, Ink);
            drawFittedText(m_p, cell(1, y, h), Qt::AlignLeft | Qt::AlignVCenter, EventDocuments::listName(r), Pdf::font(10.5),
                           TextFit{6.5, 8.5});
            setPenColor(m_p, Muted);
            drawFittedText(m_p, cell(2, y, h), Qt::AlignLeft | Qt::AlignVCenter, r.organisationName, Pdf::font(9),
                           TextFit{6, 7.5});
        }
        // The line to sign on, a little above the row's own rule.
        const QRectF sign = cell(3, y, h);
        drawRule(m_p, sign.left() + mm(2), sign.right() - mm(1), y + h - mm(3), 0.2, Rule);
        drawRule(m_p, mm(Left), mm(Right), y + h, 0.15, Hairline);
    }

    void paintFooter()
    {
        using namespace signin;
        m_p.setFont(Pdf::font(8));
        setPenColor(m_p, Muted);
        const QRectF footer(mm(Left), mm(Bottom + 4), mm(Right - Left), mm(5));
        m_p.drawText(footer, Qt::AlignLeft | Qt::AlignTop, EventDocuments::tr("Printed on %1").arg(formatDate(today())));
        m_p.drawText(footer, Qt::AlignRight | Qt::AlignTop,
                     EventDocuments::tr("%n registered participant(s)", nullptr, int(m_people.size())));
    }

    // Column c of the row at y, with padding inside.
    QRectF cell(int c, qreal y, qreal h) const
    {
        using namespace signin;
        const qreal widths[] = {NoWidth, NameWidth, OrgWidth, Right - Left - NoWidth - NameWidth - OrgWidth};
        qreal x = Left;
        for (int i = 0; i < c; ++i)
            x += widths[i];
        // The number column is right-aligned and needs its gap on the right.
        const qreal padLeft = c == 0 ? 0 : 2.5;
        const qreal padRight = c == 0 ? 1 : 2;
        return QRectF(mm(x + padLeft), y, mm(widths[c] - padLeft - padRight), h);
    }

    Pdf &m_pdf;
    QPainter &m_p;
    const Event &m_event;
    const QList<Registration> &m_people;
    int m_blankRows;
    qreal m_titleHeight = 0;
    qreal m_tableTop = 0;
    int m_rowsPerPage = 1;
};

// --- Badges -----------------------------------------------------------------

namespace badge {
constexpr int Columns = 2, Rows = 4, PerPage = Columns * Rows;
constexpr qreal Width = 90, Height = 55;
constexpr qreal OriginX = (210 - Columns * Width) / 2, OriginY = (297 - Rows * Height) / 2;
constexpr qreal Pad = 7;
} // namespace badge

// Short marks outside the grid, on the line of every cut, so the sheet can be
// cut on a guillotine; the thin border helps with scissors.
void paintCutMarks(QPainter &p)
{
    using namespace badge;
    QPen pen(Ink);
    pen.setWidthF(mm(0.2));
    p.setPen(pen);
    const qreal right = OriginX + Columns * Width, bottom = OriginY + Rows * Height;
    for (int c = 0; c <= Columns; ++c) {
        const qreal x = mm(OriginX + c * Width);
        p.drawLine(QPointF(x, mm(OriginY - 9)), QPointF(x, mm(OriginY - 3)));
        p.drawLine(QPointF(x, mm(bottom + 3)), QPointF(x, mm(bottom + 9)));
    }
    for (int r = 0; r <= Rows; ++r) {
        const qreal y = mm(OriginY + r * Height);
        p.drawLine(QPointF(mm(OriginX - 9), y), QPointF(mm(OriginX - 3), y));
        p.drawLine(QPointF(mm(right + 3), y), QPointF(mm(right + 9), y));
    }
}

void paintBadge(QPainter &p, const QPointF &topLeftMm, const Registration &r, const Event &e)
{
    using namespace badge;
    const qreal x = topLeftMm.x(), y = topLeftMm.y();
    QPen border(Hairline);
    border.setWidthF(mm(0.15));
    p.setPen(border);
    p.setBrush(Qt::NoBrush);
    p.drawRect(Pdf::mmRect(x, y, Width, Height));

    p.fillRect(Pdf::mmRect(x + Pad, y + 7, 14, 0.9), Accent);
    const qreal inner = Width - 2 * Pad;
    setPenColor(p, Ink);
    drawFittedText(p, Pdf::mmRect(x + Pad, y + 11, inner, 21), Qt::AlignLeft | Qt::AlignVCenter, r.personName,
                   Pdf::font(20, QFont::Bold), TextFit{9, 15});
    setPenColor(p, Muted);
    drawFittedText(p, Pdf::mmRect(x + Pad, y + 33, inner, 10), Qt::AlignLeft | Qt::AlignTop, r.organisationName, Pdf::font(10.5),
                   TextFit{6.5, 8.5});
    drawRule(p, mm(x + Pad), mm(x + Width - Pad), mm(y + 45.5), 0.2, Hairline);
    drawFittedText(p, Pdf::mmRect(x + Pad, y + 46.5, inner, 5.5), Qt::AlignLeft | Qt::AlignVCenter, e.title, Pdf::font(7),
                   TextFit{5, 6});
}

// --- Certificates -------------------------------------------------------------

namespace certificate {
constexpr qreal Left = 25, Right = 210 - 25;
}

QString certificateSentence(const Event &e, const Registration &r)
{
    // Sentences are translated whole; the values go in as %n, already made
    // safe for the rich text and set in bold where the reader looks first.
    auto bold = [](const QString &s) { return QStringLiteral("<b>%1</b>").arg(s.toHtmlEscaped()); };
    const QString name = bold(r.personName);
    const QString title = bold(e.title);
    // The date stays on one line: "10:00–" at a line end reads like a typo.
    // <nobr> keeps the spaces; a word joiner keeps the dash of a time range.
    QString dateText = e.dateText();
    dateText.replace(QChar(0x2013), QStringLiteral("\u2013\u2060"));
    const QString date = QStringLiteral("<nobr>%1</nobr>").arg(dateText.toHtmlEscaped());
    const QString organisation = r.organisationName.trimmed().toHtmlEscaped();
    const QString place = e.placeText().toHtmlEscaped();
    const bool withOrg = !organisation.isEmpty();
    if (e.format == EventFormat::Online) {
        return withOrg ? EventDocuments::tr("This is to certify that %1 (%2) attended the online event %3 on %4.").toHtmlEscaped().arg(name, organisation, title, date)
                       : EventDocuments::tr("This is to certify that %1 attended the online event %2 on %3.").toHtmlEscaped().arg(name, title, date);
    }
    if (place.isEmpty()) {
        return withOrg ? EventDocuments::tr("This is to certify that %1 (%2) attended %3 on %4.").toHtmlEscaped().arg(name, organisation, title, date)
                       : EventDocuments::tr("This is to certify that %1 attended %2 on %3.").toHtmlEscaped().arg(name, title, date);
    }
    return withOrg ? EventDocuments::tr("This is to certify that %1 (%2) attended %3 on %4 in %5.").toHtmlEscaped().arg(name, organisation, title, date, place)
                   : EventDocuments::tr("This is to certify that %1 attended %2 on %3 in %4.").toHtmlEscaped().arg(name, title, date, place);
}

void paintCertificate(QPainter &p, const Event &e, const Registration &r, const DocumentIssuer &issuer, const QDate &issuedOn)
{
    using namespace certificate;
    const qreal width = Right - Left;
    // Letterhead: who issues it.
    setPenColor(p, Ink);
    drawFittedText(p, Pdf::mmRect(Left, 22, width, 6), Qt::AlignLeft | Qt::AlignVCenter, issuer.organisation,
                   Pdf::font(11, QFont::Bold), TextFit{7, 8});
    setPenColor(p, Muted);
    p.setFont(Pdf::font(9));
    p.drawText(Pdf::mmRect(Left, 28.5, width, 5), Qt::AlignLeft | Qt::AlignVCenter, issuer.city);
    drawRule(p, mm(Left), mm(Right), mm(36), 0.3, Ink);

    setPenColor(p, Ink);
    drawFittedText(p, Pdf::mmRect(Left, 78, width, 16), Qt::AlignHCenter | Qt::AlignVCenter, EventDocuments::tr("Attendance certificate"),
                   Pdf::font(26, QFont::Bold), TextFit{14, 14});
    p.fillRect(Pdf::mmRect(105 - 12, 97, 24, 0.8), Accent);

    // Rich text for the bold name and title, laid out on the PDF's own
    // metrics (300 dpi), not the screen's.
    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(p.device());
    doc.setDocumentMargin(0);
    doc.setDefaultFont(Pdf::font(13));
    doc.setTextWidth(mm(width - 10));
    doc.setHtml(QStringLiteral("<p align=\"center\" style=\"line-height: 150%;\">%1</p>").arg(certificateSentence(e, r)));
    p.save();
    p.translate(mm(Left + 5), mm(112));
    doc.drawContents(&p);
    p.restore();
    // Place, date and signature keep their place unless a long title pushes them down.
    const qreal sentenceEndMm = 112 + doc.size().height() * 25.4 / Pdf::Dpi;
    const qreal issuedAt = std::max<qreal>(190, sentenceEndMm + 18);

    setPenColor(p, Ink);
    p.setFont(Pdf::font(11));
    const QString issued = issuer.city.isEmpty() ? formatDate(issuedOn)
                                                 : EventDocuments::tr("%1, %2", "place and date of issue").arg(issuer.city, formatDate(issuedOn));
    p.drawText(Pdf::mmRect(Left, issuedAt, width, 6), Qt::AlignLeft | Qt::AlignVCenter, issued);

    // Signature: the person who signs, their role, and for whom they sign;
    // without a signatory the line is signed for the organisation.
    drawRule(p, mm(Left), mm(Left + 75), mm(issuedAt + 38), 0.3, Ink);
    QStringList below;
    if (!issuer.signatory.isEmpty())
        below << issuer.signatory << issuer.signatoryRole;
    below << issuer.organisation;
    below.removeAll(QString());
    qreal y = issuedAt + 39.5;
    for (int i = 0; i < below.size(); ++i) {
        setPenColor(p, i == 0 ? Ink : Muted);
        drawFittedText(p, Pdf::mmRect(Left, y, width, 5), Qt::AlignLeft | Qt::AlignTop, below.at(i), Pdf::font(i == 0 ? 10 : 9),
                       TextFit{6, 6});
        y += 5;
    }
}

} // namespace

QString EventDocuments::listName(const Registration &r)
{
    QStringList given;
    for (const QString &s : {r.personTitle, r.personFirstName}) {
        if (!s.trimmed().isEmpty())
            given << s.trimmed();
    }
    if (given.isEmpty())
        return r.personLastName;
    if (r.personLastName.isEmpty())
        return given.join(QLatin1Char(' '));
    return tr("%1, %2", "last name, title and first name").arg(r.personLastName, given.join(QLatin1Char(' ')));
}

QList<Registration> EventDocuments::expectedPeople(const QList<Registration> &registrations)
{
    QList<Registration> list;
    for (const Registration &r : registrations) {
        if (r.status == RegistrationStatus::Registered || r.status == RegistrationStatus::Attended)
            list << r;
    }
    return sortedByLastName(list);
}

QList<Registration> EventDocuments::attendees(const QList<Registration> &registrations)
{
    QList<Registration> list;
    for (const Registration &r : registrations) {
        if (r.status == RegistrationStatus::Attended)
            list << r;
    }
    return sortedByLastName(list);
}

Result<DocumentSummary> EventDocuments::writeSignInSheet(qint64 eventId, const QString &pdfPath, int blankRows) const
{
    auto data = load(m_db, eventId);
    if (!data)
        return data.error();
    const QList<Registration> people = expectedPeople(data->registrations);
    if (people.isEmpty())
        return Error(Error::Code::NotFound, tr("Nobody is registered for \"%1\": there is no one to put on a sign-in sheet.").arg(data->event.title));
    Pdf pdf(pdfPath, tr("Sign-in sheet: %1").arg(data->event.title));
    if (Status s = pdf.begin(); !s)
        return s.error();
    SignInSheet sheet(pdf, data->event, people, std::max(0, blankRows));
    sheet.paint();
    if (Status s = pdf.finish(); !s)
        return s.error();
    return DocumentSummary{int(people.size()), pdf.pageCount()};
}

Result<DocumentSummary> EventDocuments::writeBadges(qint64 eventId, const QString &pdfPath) const
{
    auto data = load(m_db, eventId);
    if (!data)
        return data.error();
    const QList<Registration> people = expectedPeople(data->registrations);
    if (people.isEmpty())
        return Error(Error::Code::NotFound, tr("Nobody is registered for \"%1\": there are no badges to print.").arg(data->event.title));
    Pdf pdf(pdfPath, tr("Name badges: %1").arg(data->event.title));
    if (Status s = pdf.begin(); !s)
        return s.error();
    for (int i = 0; i < people.size(); ++i) {
        const int slot = i % badge::PerPage;
        if (slot == 0) {
            if (i > 0)
                pdf.newPage();
            paintCutMarks(pdf.painter());
        }
        const QPointF topLeft(badge::OriginX + (slot % badge::Columns) * badge::Width,
                              badge::OriginY + (slot / badge::Columns) * badge::Height);
        paintBadge(pdf.painter(), topLeft, people.at(i), data->event);
    }
    if (Status s = pdf.finish(); !s)
        return s.error();
    return DocumentSummary{int(people.size()), pdf.pageCount()};
}

DocumentIssuer DocumentIssuer::fromProfile(const OfficeProfile &profile)
{
    DocumentIssuer issuer;
    issuer.organisation = profile.organisation;
    issuer.city = profile.city;
    issuer.signatory = profile.signatory;
    issuer.signatoryRole = profile.signatoryRole;
    return issuer;
}

Result<DocumentSummary> EventDocuments::writeCertificates(qint64 eventId, const QString &pdfPath) const
{
    auto profile = OfficeProfileRepository(m_db).load();
    if (!profile)
        return profile.error();
    return writeCertificates(eventId, pdfPath, DocumentIssuer::fromProfile(*profile));
}

Result<DocumentSummary> EventDocuments::writeCertificates(qint64 eventId, const QString &pdfPath, const DocumentIssuer &issuer) const
{
    auto data = load(m_db, eventId);
    if (!data)
        return data.error();
    const QList<Registration> people = attendees(data->registrations);
    if (people.isEmpty())
        return Error(Error::Code::NotFound, tr("Nobody is marked as attended at \"%1\": record the attendance first, then print the certificates.")
                                                .arg(data->event.title));
    const QDate issuedOn = issuer.issuedOn.isValid() ? issuer.issuedOn : today();
    Pdf pdf(pdfPath, tr("Attendance certificates: %1").arg(data->event.title));
    if (Status s = pdf.begin(); !s)
        return s.error();
    for (int i = 0; i < people.size(); ++i) {
        if (i > 0)
            pdf.newPage();
        paintCertificate(pdf.painter(), data->event, people.at(i), issuer, issuedOn);
    }
    if (Status s = pdf.finish(); !s)
        return s.error();
    return DocumentSummary{int(people.size()), pdf.pageCount()};
}

} // namespace fd
