#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace Broadsheet {

// Why an operation failed, in words a user understands. `code` lets callers
// (the CLI's exit status, the GUI's choice of dialog) tell failures apart.
struct Error
{
    enum class Code {
        InvalidInput,  // the bytes are not a readable issue file
        NotFound,      // a file, article or issue that does not exist
        Io,            // reading or writing a file failed
        Library,       // the library database cannot be used
        LibraryLocked, // another process holds the library
        NewerLibrary,  // written by a newer Broadsheet
        Font,          // no suitable font for export
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
        : m_state(std::move(value))
    {}
    Result(Error error)
        : m_state(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }
    const T &operator*() const { return value(); }

    const Error &error() const { return std::get<Error>(m_state); }
    QString errorMessage() const { return ok() ? QString() : error().message; }

private:
    std::variant<T, Error> m_state;
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
