#include "faultvfs.h"

#include <atomic>
#include <cstdlib>
#include <sqlite3.h>

namespace crm::test {
namespace {

// The wrapper's file: SQLite allocates szOsFile bytes, ours first and the wrapped VFS's file after.
struct FaultFile
{
    sqlite3_file base;
    sqlite3_file *real;
};

struct FaultState
{
    sqlite3_vfs *wrapped = nullptr; // the default VFS before ours
    bool active = false;
    std::array<std::atomic<qint64>, kFaultKindCount> calls{};
    std::atomic<bool> armed = false;
    FaultKind kind = FaultKind::Read;
    qint64 index = 0;
    int error = SQLITE_IOERR;
    bool persistent = false;
    std::atomic<bool> fired = false;
};

FaultState &state()
{
    static FaultState s;
    return s;
}

// Counts the call and says which error it must fail with, or SQLITE_OK.
int faultFor(FaultKind kind)
{
    FaultState &s = state();
    const qint64 n = s.calls[static_cast<std::size_t>(kind)].fetch_add(1);
    if (!s.armed.load() || s.kind != kind || n < s.index || (n > s.index && !s.persistent)) {
        return SQLITE_OK;
    }
    s.fired = true;
    return s.error;
}

sqlite3_file *real(sqlite3_file *file)
{
    return reinterpret_cast<FaultFile *>(file)->real;
}

int faultClose(sqlite3_file *file)
{
    sqlite3_file *r = real(file);
    return r->pMethods ? r->pMethods->xClose(r) : SQLITE_OK;
}

int faultRead(sqlite3_file *file, void *buffer, int amount, sqlite3_int64 offset)
{
    if (const int rc = faultFor(FaultKind::Read)) {
        return rc;
    }
    return real(file)->pMethods->xRead(real(file), buffer, amount, offset);
}

int faultWrite(sqlite3_file *file, const void *buffer, int amount, sqlite3_int64 offset)
{
    if (const int rc = faultFor(FaultKind::Write)) {
        return rc;
    }
    return real(file)->pMethods->xWrite(real(file), buffer, amount, offset);
}

int faultTruncate(sqlite3_file *file, sqlite3_int64 size)
{
    if (const int rc = faultFor(FaultKind::Truncate)) {
        return rc;
    }
    return real(file)->pMethods->xTruncate(real(file), size);
}

int faultSync(sqlite3_file *file, int flags)
{
    if (const int rc = faultFor(FaultKind::Sync)) {
        return rc;
    }
    return real(file)->pMethods->xSync(real(file), flags);
}

int faultFileSize(sqlite3_file *file, sqlite3_int64 *size)
{
    return real(file)->pMethods->xFileSize(real(file), size);
}

int faultLock(sqlite3_file *file, int level)
{
    if (const int rc = faultFor(FaultKind::Lock)) {
        return rc;
    }
    return real(file)->pMethods->xLock(real(file), level);
}

int faultUnlock(sqlite3_file *file, int level)
{
    return real(file)->pMethods->xUnlock(real(file), level);
}

int faultCheckReservedLock(sqlite3_file *file, int *result)
{
    return real(file)->pMethods->xCheckReservedLock(real(file), result);
}

int faultFileControl(sqlite3_file *file, int op, void *arg)
{
    return real(file)->pMethods->xFileControl(real(file), op, arg);
}

int faultSectorSize(sqlite3_file *file)
{
    return real(file)->pMethods->xSectorSize(real(file));
}

int faultDeviceCharacteristics(sqlite3_file *file)
{
    return real(file)->pMethods->xDeviceCharacteristics(real(file));
}

// The rest of the shared memory (WAL's index) and the memory map pass through untouched.
int faultShmMap(sqlite3_file *file, int region, int size, int extend, void volatile **address)
{
    return real(file)->pMethods->xShmMap(real(file), region, size, extend, address);
}

int faultShmLock(sqlite3_file *file, int offset, int n, int flags)
{
    // Exclusive locks only: what another program writing to the file holds (WAL's write lock,
    // checkpoints). Failing every shared lock too would be no program's doing, and SQLite answers it
    // with SQLITE_PROTOCOL.
    if ((flags & SQLITE_SHM_LOCK) != 0 && (flags & SQLITE_SHM_EXCLUSIVE) != 0) {
        if (const int rc = faultFor(FaultKind::ShmLock)) {
            return rc;
        }
    }
    return real(file)->pMethods->xShmLock(real(file), offset, n, flags);
}

void faultShmBarrier(sqlite3_file *file)
{
    real(file)->pMethods->xShmBarrier(real(file));
}

int faultShmUnmap(sqlite3_file *file, int deleteFlag)
{
    return real(file)->pMethods->xShmUnmap(real(file), deleteFlag);
}

int faultFetch(sqlite3_file *file, sqlite3_int64 offset, int amount, void **pointer)
{
    return real(file)->pMethods->xFetch(real(file), offset, amount, pointer);
}

int faultUnfetch(sqlite3_file *file, sqlite3_int64 offset, void *pointer)
{
    return real(file)->pMethods->xUnfetch(real(file), offset, pointer);
}

// One table per version of the wrapped file's methods, so that SQLite never calls a method the
// wrapped file does not have.
sqlite3_io_methods makeMethods(int version)
{
    return {version,
            faultClose,
            faultRead,
            faultWrite,
            faultTruncate,
            faultSync,
            faultFileSize,
            faultLock,
            faultUnlock,
            faultCheckReservedLock,
            faultFileControl,
            faultSectorSize,
            faultDeviceCharacteristics,
            version >= 2 ? faultShmMap : nullptr,
            version >= 2 ? faultShmLock : nullptr,
            version >= 2 ? faultShmBarrier : nullptr,
            version >= 2 ? faultShmUnmap : nullptr,
            version >= 3 ? faultFetch : nullptr,
            version >= 3 ? faultUnfetch : nullptr};
}

const sqlite3_io_methods *methodsFor(int version)
{
    static const sqlite3_io_methods v1 = makeMethods(1);
    static const sqlite3_io_methods v2 = makeMethods(2);
    static const sqlite3_io_methods v3 = makeMethods(3);
    return version >= 3 ? &v3 : version == 2 ? &v2 : &v1;
}

sqlite3_vfs *wrapped()
{
    return state().wrapped;
}

int vfsOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *file, int flags, int *outFlags)
{
    auto *f = reinterpret_cast<FaultFile *>(file);
    f->real = reinterpret_cast<sqlite3_file *>(f + 1);
    f->real->pMethods = nullptr;
    const int rc = wrapped()->xOpen(wrapped(), name, f->real, flags, outFlags);
    f->base.pMethods = f->real->pMethods ? methodsFor(f->real->pMethods->iVersion) : nullptr;
    return rc;
}

int vfsDelete(sqlite3_vfs *, const char *name, int syncDir)
{
    return wrapped()->xDelete(wrapped(), name, syncDir);
}

int vfsAccess(sqlite3_vfs *, const char *name, int flags, int *result)
{
    return wrapped()->xAccess(wrapped(), name, flags, result);
}

int vfsFullPathname(sqlite3_vfs *, const char *name, int size, char *out)
{
    return wrapped()->xFullPathname(wrapped(), name, size, out);
}

void *vfsDlOpen(sqlite3_vfs *, const char *name)
{
    return wrapped()->xDlOpen(wrapped(), name);
}

void vfsDlError(sqlite3_vfs *, int size, char *message)
{
    wrapped()->xDlError(wrapped(), size, message);
}

void (*vfsDlSym(sqlite3_vfs *, void *handle, const char *symbol))(void)
{
    return wrapped()->xDlSym(wrapped(), handle, symbol);
}

void vfsDlClose(sqlite3_vfs *, void *handle)
{
    wrapped()->xDlClose(wrapped(), handle);
}

int vfsRandomness(sqlite3_vfs *, int size, char *out)
{
    return wrapped()->xRandomness(wrapped(), size, out);
}

// While a fault is armed, sleeps return at once: SQLite's busy handler counts the time it asked to
// sleep, so a lock that is never granted is given up at once instead of after the 5 s busy timeout.
int vfsSleep(sqlite3_vfs *, int microseconds)
{
    if (state().armed.load()) {
        return microseconds;
    }
    return wrapped()->xSleep(wrapped(), microseconds);
}

int vfsCurrentTime(sqlite3_vfs *, double *now)
{
    return wrapped()->xCurrentTime(wrapped(), now);
}

int vfsGetLastError(sqlite3_vfs *, int size, char *out)
{
    return wrapped()->xGetLastError(wrapped(), size, out);
}

int vfsCurrentTimeInt64(sqlite3_vfs *, sqlite3_int64 *now)
{
    return wrapped()->xCurrentTimeInt64(wrapped(), now);
}

int vfsSetSystemCall(sqlite3_vfs *, const char *name, sqlite3_syscall_ptr call)
{
    return wrapped()->xSetSystemCall(wrapped(), name, call);
}

sqlite3_syscall_ptr vfsGetSystemCall(sqlite3_vfs *, const char *name)
{
    return wrapped()->xGetSystemCall(wrapped(), name);
}

const char *vfsNextSystemCall(sqlite3_vfs *, const char *name)
{
    return wrapped()->xNextSystemCall(wrapped(), name);
}

// Lives for the whole process: a connection opened through it may outlive the FaultVfs object.
sqlite3_vfs &faultVfs()
{
    static sqlite3_vfs vfs{};
    return vfs;
}
} // namespace

const char *faultKindName(FaultKind kind)
{
    switch (kind) {
    case FaultKind::Read:
        return "read";
    case FaultKind::Write:
        return "write";
    case FaultKind::Sync:
        return "sync";
    case FaultKind::Lock:
        return "lock";
    case FaultKind::Truncate:
        return "truncate";
    case FaultKind::ShmLock:
        return "shm lock";
    case FaultKind::Count:
        break;
    }
    return "?";
}

qint64 FaultCounts::total() const
{
    qint64 sum = 0;
    for (qint64 n : calls) {
        sum += n;
    }
    return sum;
}

FaultVfs::FaultVfs()
{
    FaultState &s = state();
    if (s.active) {
        std::abort(); // one at a time: a second would wrap the first
    }
    sqlite3_initialize();
    sqlite3_vfs *current = sqlite3_vfs_find(nullptr);
    sqlite3_vfs &vfs = faultVfs();
    if (!s.wrapped) {
        s.wrapped = current;
        vfs.iVersion = current->iVersion;
        vfs.szOsFile = static_cast<int>(sizeof(FaultFile)) + current->szOsFile;
        vfs.mxPathname = current->mxPathname;
        vfs.zName = "crm-fault";
        vfs.xOpen = vfsOpen;
        vfs.xDelete = vfsDelete;
        vfs.xAccess = vfsAccess;
        vfs.xFullPathname = vfsFullPathname;
        vfs.xDlOpen = vfsDlOpen;
        vfs.xDlError = vfsDlError;
        vfs.xDlSym = vfsDlSym;
        vfs.xDlClose = vfsDlClose;
        vfs.xRandomness = vfsRandomness;
        vfs.xSleep = vfsSleep;
        vfs.xCurrentTime = vfsCurrentTime;
        vfs.xGetLastError = vfsGetLastError;
        vfs.xCurrentTimeInt64 = current->iVersion >= 2 ? vfsCurrentTimeInt64 : nullptr;
        vfs.xSetSystemCall = current->iVersion >= 3 ? vfsSetSystemCall : nullptr;
        vfs.xGetSystemCall = current->iVersion >= 3 ? vfsGetSystemCall : nullptr;
        vfs.xNextSystemCall = current->iVersion >= 3 ? vfsNextSystemCall : nullptr;
    } else if (current != s.wrapped) {
        std::abort(); // someone else changed the default in between
    }
    sqlite3_vfs_register(&vfs, 1);
    s.active = true;
    disarm();
    resetCounts();
}

FaultVfs::~FaultVfs()
{
    FaultState &s = state();
    disarm();
    sqlite3_vfs_unregister(&faultVfs());
    sqlite3_vfs_register(s.wrapped, 1);
    s.active = false;
}

void FaultVfs::arm(FaultKind kind, qint64 index, int error, bool persistent)
{
    FaultState &s = state();
    s.armed = false;
    s.kind = kind;
    s.index = index;
    s.error = error;
    s.persistent = persistent;
    s.fired = false;
    s.armed = true;
}

void FaultVfs::disarm()
{
    state().armed = false;
}

bool FaultVfs::fired() const
{
    return state().fired;
}

void FaultVfs::resetCounts()
{
    for (std::atomic<qint64> &n : state().calls) {
        n = 0;
    }
}

FaultCounts FaultVfs::counts() const
{
    FaultCounts counts;
    for (std::size_t i = 0; i < counts.calls.size(); ++i) {
        counts.calls[i] = state().calls[i];
    }
    return counts;
}

int FaultVfs::defaultError(FaultKind kind)
{
    switch (kind) {
    case FaultKind::Read:
        return SQLITE_IOERR_READ;
    case FaultKind::Write:
        return SQLITE_IOERR_WRITE;
    case FaultKind::Sync:
        return SQLITE_IOERR_FSYNC;
    case FaultKind::Lock:
        return SQLITE_BUSY;
    case FaultKind::Truncate:
        return SQLITE_IOERR_TRUNCATE;
    case FaultKind::ShmLock:
        return SQLITE_BUSY;
    case FaultKind::Count:
        break;
    }
    return SQLITE_IOERR;
}

} // namespace crm::test
