// SPDX-License-Identifier: GPL-3.0-or-later
#include "xlsxread.h"

#include "catch.hpp"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

namespace fd::test {

std::optional<XlsxCell> XlsxSheet::cell(int row, int column) const
{
    if (row < 0 || row >= rows.size() || column < 0 || column >= rows.at(row).size())
        return std::nullopt;
    return rows.at(row).at(column);
}

int XlsxSheet::column(const QString &header) const
{
    if (rows.isEmpty())
        return -1;
    for (int c = 0; c < rows.first().size(); ++c) {
        if (rows.first().at(c) && rows.first().at(c)->value.toString() == header)
            return c;
    }
    return -1;
}

int XlsxSheet::rowWhere(int column, const QString &text) const
{
    for (int r = 0; r < rows.size(); ++r) {
        const auto c = cell(r, column);
        if (c && c->value.toString() == text)
            return r;
    }
    return -1;
}

QList<XlsxSheet> readXlsx(const QString &path)
{
    QProcess python;
    python.start(QStringLiteral(FD_XLSX_PYTHON), {QStringLiteral(FD_TEST_SCRIPTS_DIR "/read_xlsx.py"), path});
    if (!python.waitForStarted())
        FAIL("python3 cannot be started (" FD_XLSX_PYTHON "): install python3 and python3-openpyxl (tools/deps.sh --test).");
    if (!python.waitForFinished(60000))
        FAIL("read_xlsx.py did not finish within a minute.");
    const QString errors = QString::fromUtf8(python.readAllStandardError()).trimmed();
    if (python.exitStatus() != QProcess::NormalExit || python.exitCode() != 0)
        FAIL("read_xlsx.py could not read " << path.toStdString() << " (exit " << python.exitCode() << "): " << errors.toStdString());
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(python.readAllStandardOutput(), &parseError);
    if (doc.isNull())
        FAIL("read_xlsx.py printed no JSON: " << parseError.errorString().toStdString());

    QList<XlsxSheet> sheets;
    for (const QJsonValue &s : doc.object().value(QStringLiteral("sheets")).toArray()) {
        const QJsonObject o = s.toObject();
        XlsxSheet sheet;
        sheet.title = o.value(QStringLiteral("title")).toString();
        sheet.freeze = o.value(QStringLiteral("freeze")).toString();
        sheet.autoFilter = o.value(QStringLiteral("autofilter")).toString();
        const QJsonObject widths = o.value(QStringLiteral("widths")).toObject();
        for (auto it = widths.begin(); it != widths.end(); ++it)
            sheet.widths.insert(it.key(), it.value().toDouble());
        for (const QJsonValue &r : o.value(QStringLiteral("rows")).toArray()) {
            QList<std::optional<XlsxCell>> row;
            for (const QJsonValue &c : r.toArray()) {
                if (c.isNull()) {
                    row.append(std::nullopt);
                    continue;
                }
                const QJsonObject co = c.toObject();
                XlsxCell cell;
                cell.type = co.value(QStringLiteral("type")).toString();
                cell.value = co.value(QStringLiteral("value")).toVariant();
                cell.format = co.value(QStringLiteral("format")).toString();
                cell.bold = co.value(QStringLiteral("bold")).toBool();
                row.append(cell);
            }
            sheet.rows.append(row);
        }
        sheets.append(sheet);
    }
    return sheets;
}

} // namespace fd::test
