#pragma once

#include <QByteArray>
#include <QString>
#include <cstdint>
#include <cstdio>

// What every fuzz target shares: how an invariant that breaks stops the run (libFuzzer then saves
// the input as crash-<sha1>), and how the bytes become Qt's types.
namespace crm::fuzz {

// Says which invariant broke before trapping, so the crash file comes with a reason.
[[noreturn]] inline void violated(const char *invariant)
{
    std::fprintf(stderr, "\n==fuzz== invariant broken: %s\n", invariant);
    std::fflush(stderr);
    __builtin_trap();
}

inline void require(bool condition, const char *invariant)
{
    if (!condition) {
        violated(invariant);
    }
}

// A deep copy: the fuzzer's buffer is only valid during the call.
inline QByteArray bytesOf(const std::uint8_t *data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

// CRM_FUZZ_VERBOSE=1 prints why each input was refused: to check that the seeds get far.
inline void note(const QString &message)
{
    static const bool verbose = qEnvironmentVariableIsSet("CRM_FUZZ_VERBOSE");
    if (verbose) {
        std::fprintf(stderr, "==fuzz== %s\n", qPrintable(message));
    }
}

// No unpaired surrogate: what Qt would write out as invalid UTF-8.
inline bool isWellFormed(const QString &text)
{
    return QStringView(text).isValidUtf16();
}

} // namespace crm::fuzz
