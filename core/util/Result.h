// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace waymark {

/// What went wrong, for a person: `message` says what happened and what to do,
/// `detail` carries technical context (an SQLite message, a path).
struct Error
{
    enum class Code {
        Generic,
        NotFound,
        NotWaymark,
        NewerVersion,
        Corrupt,
        Locked,
        Io,
        Sql,
        InvalidInput,
        Cancelled,
    };
    Code code = Code::Generic;
    QString message;
    QString detail;

    QString text() const { return detail.isEmpty() ? message : message + QLatin1String(" (") + detail + QLatin1Char(')'); }
};

/// A value or an Error. No exceptions cross the core API.
template <class T>
class Result
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }
    T &value() { return std::get<0>(m_data); }
    const T &value() const { return std::get<0>(m_data); }
    T &operator*() { return value(); }
    T *operator->() { return &value(); }
    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template <>
class Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

inline Error makeError(Error::Code code, QString message, QString detail = {})
{
    return Error{code, std::move(message), std::move(detail)};
}

} // namespace waymark
