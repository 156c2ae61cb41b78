#pragma once

#include "storage/storageerror.h"

#include <utility>
#include <variant>

namespace debrief {

/// A value or the StorageError that prevented it (std::expected arrives with C++23).
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    {}
    Result(StorageError error)
        : m_data(std::move(error))
    {}

    [[nodiscard]] bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    [[nodiscard]] const T &value() const & { return std::get<T>(m_data); }
    [[nodiscard]] T &value() & { return std::get<T>(m_data); }
    // By value, so `for (auto &x : repo.list().value())` does not dangle into a temporary.
    [[nodiscard]] T value() && { return std::get<T>(std::move(m_data)); }
    [[nodiscard]] const StorageError &error() const { return std::get<StorageError>(m_data); }

private:
    std::variant<T, StorageError> m_data;
};

/// Success or a StorageError, for operations without a value.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(StorageError error)
        : m_error(std::move(error))
        , m_failed(true)
    {}
    template<typename T>
    Status(const Result<T> &result)
        : m_failed(!result.ok())
    {
        if (m_failed)
            m_error = result.error();
    }

    [[nodiscard]] bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] const StorageError &error() const { return m_error; }

private:
    StorageError m_error;
    bool m_failed = false;
};

} // namespace debrief
