#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace Broadsheet {

// Why an operation failed, in words a user understands. `code` lets callers
// (the CLI's exit status, the GUI's choice of dialog) tell failures apart.
struct Error
{
    enum class Code {
        InvalidInput,    // the bytes are not a readable issue file
        NotFound,        // a file, article or issue that does not exist
        Io,              // reading or writing a file failed
        Library,         // the library database cannot be used
        LibraryLocked,   // another process holds the library
        LibraryReadOnly, // the library can be read but not changed
        NewerLibrary,    // written by a newer Broadsheet
        Font,            // no suitable font for export
        Cancelled,
    };

    Code code = Code::InvalidInput;
    QString message;
};

// A value or the reason there is none; a small stand-in for C++23's std::expected.
template<typename T>
class Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {}
    Result(Error error)
        : m_error(std::move(error))
    {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }
    const T &operator*() const & { return *m_value; }
    T &operator*() & { return *m_value; }

    const Error &error() const { return m_error; }
    QString errorMessage() const { return ok() ? QString() : m_error.message; }

private:
    std::optional<T> m_value;
    Error m_error;
};

// For operations that only succeed or fail.
struct Done
{
};
using Status = Result<Done>;

inline Status success()
{
    return Done{};
}

} // namespace Broadsheet
