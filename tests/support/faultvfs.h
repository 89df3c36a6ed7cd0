#pragma once

#include <QtGlobal>
#include <array>

namespace crm::test {

// The file operations the fault VFS counts and can fail.
enum class FaultKind
{
    Read,     // xRead
    Write,    // xWrite
    Sync,     // xSync
    Lock,     // xLock
    Truncate, // xTruncate
    ShmLock,  // xShmLock taking an exclusive lock (WAL's write lock lives in the shared memory, not in xLock)
    Count
};
inline constexpr int kFaultKindCount = static_cast<int>(FaultKind::Count);
const char *faultKindName(FaultKind kind);

// Calls of each kind made since the counts were last reset, on every file SQLite opened through the VFS
// (databases, their -wal and journals, backups being written).
struct FaultCounts
{
    std::array<qint64, kFaultKindCount> calls{};
    qint64 of(FaultKind kind) const { return calls[static_cast<std::size_t>(kind)]; }
    qint64 total() const;
};

// A test SQLite VFS that wraps the default one ("unix" on Linux) and fails the Nth call of a chosen
// kind, the way a failing or full disk, or another program holding a lock, would. While an instance
// lives it is SQLite's default VFS, so every connection opened meanwhile goes through it: core's
// Database (through Qt's QSQLITE driver, which links the same libsqlite3), the backups it writes and
// the connections it opens to inspect them. The destructor makes the previous default VFS the default
// again; connections still open keep working through the wrapper, which never fails once disarmed.
// One instance at a time, used from one thread.
class FaultVfs final
{
public:
    FaultVfs();
    ~FaultVfs();
    FaultVfs(const FaultVfs &) = delete;
    FaultVfs &operator=(const FaultVfs &) = delete;

    // Fails call number index (0 for the first after the last resetCounts()) of the kind with error, an
    // SQLite result code (SQLITE_IOERR_WRITE, SQLITE_FULL, SQLITE_BUSY...). With persistent, every
    // later call of the kind fails too (a disk that stays full); otherwise only that one call.
    void arm(FaultKind kind, qint64 index, int error, bool persistent = false);
    void disarm();
    // Whether the armed fault has failed a call since it was armed.
    bool fired() const;

    void resetCounts();
    FaultCounts counts() const;

    // The usual error of a kind: SQLITE_IOERR_READ, _WRITE, _FSYNC, SQLITE_BUSY, SQLITE_IOERR_TRUNCATE,
    // SQLITE_BUSY.
    static int defaultError(FaultKind kind);
};

} // namespace crm::test
