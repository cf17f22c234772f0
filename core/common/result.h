// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <utility>
#include <variant>

namespace fd {

// What went wrong, in words a user can act on. Import errors also say where:
// file, line and column (field).
struct Error {
    enum class Code {
        Generic,
        NotFound,
        Validation,
        Duplicate,
        Conflict,       // optimistic lock: someone else changed the row first
        Database,
        Io,
        Format,         // file is not what we expected (CSV syntax, not a ForumDesk file)
        NewerSchema,    // database written by a newer ForumDesk
        Cancelled,
    };

    Code code = Code::Generic;
    QString message;
    QString file;
    int line = 0;
    QString field;
    QString detail;     // technical detail (driver text, SQL), for logs and tooltips

    Error() = default;
    Error(Code c, QString msg) : code(c), message(std::move(msg)) {}


    Error &at(const QString &f, int l = 0, const QString &fieldName = QString())
    {
        file = f;
        line = l;
        field = fieldName;
        return *this;
    }
    Error &withDetail(const QString &d)
    {
        detail = d;
        return *this;
    }

    // "file:line: field: message", leaving out what is unknown.
    QString toString() const;
};

// A tiny expected<T, Error>: either a value or the reason there is none.
template<typename T>
class Result
{
public:
    Result(const T &value) : m_data(value) {}
    Result(T &&value) : m_data(std::move(value)) {}
    Result(const Error &error) : m_data(error) {}
    Result(Error &&error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    // On a temporary, hand the value out by value: `for (auto &x : *repo.list())`
    // must not iterate over a destroyed Result.
    T value() && { return std::get<T>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    T operator*() && { return std::move(*this).value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template<>
class Result<void>
{
public:
    Result() = default;
    Result(const Error &error) : m_error(error) {}
    Result(Error &&error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

// A validation problem in one field of a record, before anything is written.
struct FieldError {
    QString field;    // machine name, e.g. "name", "left_on"
    QString message;  // translated
};
using FieldErrors = QList<FieldError>;

Error validationError(const FieldErrors &errors);

} // namespace fd
