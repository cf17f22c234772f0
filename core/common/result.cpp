// SPDX-License-Identifier: GPL-3.0-or-later
#include "result.h"

namespace fd {

QString Error::toString() const
{
    QString where;
    if (!file.isEmpty()) {
        where = file;
        if (line > 0)
            where += QLatin1Char(':') + QString::number(line);
    } else if (line > 0) {
        where = QString::number(line);
    }
    QString text;
    if (!where.isEmpty())
        text = where + QLatin1String(": ");
    if (!field.isEmpty())
        text += field + QLatin1String(": ");
    text += message;
    return text;
}

Error validationError(const FieldErrors &errors)
{
    QStringList parts;
    for (const FieldError &e : errors)
        parts << e.message;
    Error err(Error::Code::Validation, parts.join(QLatin1Char('\n')));
    if (!errors.isEmpty())
        err.field = errors.first().field;
    return err;
}

} // namespace fd
