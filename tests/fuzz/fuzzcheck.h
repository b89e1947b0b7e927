#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

// What every fuzz target shares: the input as bytes or as text, and a check that turns a broken
// property into a crash, which libFuzzer reports and minimizes like any other.
namespace FuzzCheck {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Text as Byline holds it after decoding a file: invalid UTF-8 becomes U+FFFD.
inline QString text(const uint8_t *data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}

[[noreturn]] inline void fail(const char *property, const char *file, int line)
{
    std::fprintf(stderr, "%s:%d: property broken: %s\n", file, line, property);
    std::abort();
}

} // namespace FuzzCheck

// A macro, so the report names the broken condition and its line.
#define FUZZ_CHECK(condition) ((condition) ? void(0) : FuzzCheck::fail(#condition, __FILE__, __LINE__))
