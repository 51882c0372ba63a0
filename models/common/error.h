// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace siyu {

// An error travels as a value up to the widget or command that shows it.
struct Error
{
    QString message;
    QString file;   // empty when there is no file
    qint64 row = 0; // 1-based source row, 0 when there is none
    QString column; // empty when there is none

    // "file: row 3, column phone: message" — the one-line form the command line prints.
    QString toString() const;
};

inline Error makeError(QString message)
{
    return Error{std::move(message), {}, 0, {}};
}

// A small stand-in for std::expected: either a value or an Error.
template<typename T> class Result
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }
    T &value() { return std::get<T>(m_data); }
    const T &value() const { return std::get<T>(m_data); }
    T &operator*() { return value(); }
    const T &operator*() const { return value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

// Result of an operation that yields nothing but can fail.
class Status
{
public:
    Status() = default;
    Status(Error error) : m_error(std::move(error)) {}
    static Status success() { return {}; }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace siyu
