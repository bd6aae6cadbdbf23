// SPDX-License-Identifier: GPL-3.0-or-later
#include "fulldisk.h"

#include <atomic>
#include <cstring>
#include <sqlite3.h>

namespace Ripen::Test {

namespace {

std::atomic_bool g_full { false };
sqlite3_vfs *g_real = nullptr;
sqlite3_vfs g_shim;
sqlite3_io_methods g_methods;

// The shim's file: its own header, then the real VFS's file right after it.
struct ShimFile
{
    sqlite3_file base;
    sqlite3_file *real;
};

sqlite3_file *real(sqlite3_file *file)
{
    return reinterpret_cast<ShimFile *>(file)->real;
}

int shimClose(sqlite3_file *f)
{
    const int rc = real(f)->pMethods ? real(f)->pMethods->xClose(real(f)) : SQLITE_OK;
    f->pMethods = nullptr;
    return rc;
}
int shimRead(sqlite3_file *f, void *data, int amount, sqlite3_int64 offset)
{
    return real(f)->pMethods->xRead(real(f), data, amount, offset);
}
int shimWrite(sqlite3_file *f, const void *data, int amount, sqlite3_int64 offset)
{
    return g_full ? SQLITE_FULL : real(f)->pMethods->xWrite(real(f), data, amount, offset);
}
int shimTruncate(sqlite3_file *f, sqlite3_int64 size)
{
    return g_full ? SQLITE_FULL : real(f)->pMethods->xTruncate(real(f), size);
}
int shimSync(sqlite3_file *f, int flags)
{
    return real(f)->pMethods->xSync(real(f), flags);
}
int shimFileSize(sqlite3_file *f, sqlite3_int64 *size)
{
    return real(f)->pMethods->xFileSize(real(f), size);
}
int shimLock(sqlite3_file *f, int lock)
{
    return real(f)->pMethods->xLock(real(f), lock);
}
int shimUnlock(sqlite3_file *f, int lock)
{
    return real(f)->pMethods->xUnlock(real(f), lock);
}
int shimCheckReservedLock(sqlite3_file *f, int *out)
{
    return real(f)->pMethods->xCheckReservedLock(real(f), out);
}
int shimFileControl(sqlite3_file *f, int op, void *arg)
{
    return real(f)->pMethods->xFileControl(real(f), op, arg);
}
int shimSectorSize(sqlite3_file *f)
{
    return real(f)->pMethods->xSectorSize(real(f));
}
int shimDeviceCharacteristics(sqlite3_file *f)
{
    return real(f)->pMethods->xDeviceCharacteristics(real(f));
}
int shimShmMap(sqlite3_file *f, int region, int size, int extend, void volatile **out)
{
    return g_full ? SQLITE_FULL : real(f)->pMethods->xShmMap(real(f), region, size, extend, out);
}
int shimShmLock(sqlite3_file *f, int offset, int n, int flags)
{
    return real(f)->pMethods->xShmLock(real(f), offset, n, flags);
}
void shimShmBarrier(sqlite3_file *f)
{
    real(f)->pMethods->xShmBarrier(real(f));
}
int shimShmUnmap(sqlite3_file *f, int deleteFlag)
{
    return real(f)->pMethods->xShmUnmap(real(f), deleteFlag);
}
int shimFetch(sqlite3_file *f, sqlite3_int64 offset, int amount, void **out)
{
    *out = nullptr; // no memory-mapped reads: every read goes through shimRead
    (void)f, (void)offset, (void)amount;
    return SQLITE_OK;
}
int shimUnfetch(sqlite3_file *f, sqlite3_int64 offset, void *p)
{
    (void)f, (void)offset, (void)p;
    return SQLITE_OK;
}

int shimOpen(sqlite3_vfs *, const char *name, sqlite3_file *file, int flags, int *outFlags)
{
    auto *shim = reinterpret_cast<ShimFile *>(file);
    shim->real = reinterpret_cast<sqlite3_file *>(shim + 1);
    const int rc = g_real->xOpen(g_real, name, shim->real, flags, outFlags);
    file->pMethods = rc == SQLITE_OK ? &g_methods : nullptr;
    return rc;
}
int shimDelete(sqlite3_vfs *, const char *name, int syncDir)
{
    return g_real->xDelete(g_real, name, syncDir);
}
int shimAccess(sqlite3_vfs *, const char *name, int flags, int *out)
{
    return g_real->xAccess(g_real, name, flags, out);
}
int shimFullPathname(sqlite3_vfs *, const char *name, int size, char *out)
{
    return g_real->xFullPathname(g_real, name, size, out);
}
void *shimDlOpen(sqlite3_vfs *, const char *name)
{
    return g_real->xDlOpen(g_real, name);
}
void shimDlError(sqlite3_vfs *, int size, char *out)
{
    g_real->xDlError(g_real, size, out);
}
void (*shimDlSym(sqlite3_vfs *, void *handle, const char *symbol))(void)
{
    return g_real->xDlSym(g_real, handle, symbol);
}
void shimDlClose(sqlite3_vfs *, void *handle)
{
    g_real->xDlClose(g_real, handle);
}
int shimRandomness(sqlite3_vfs *, int size, char *out)
{
    return g_real->xRandomness(g_real, size, out);
}
int shimSleep(sqlite3_vfs *, int micro)
{
    return g_real->xSleep(g_real, micro);
}
int shimCurrentTime(sqlite3_vfs *, double *out)
{
    return g_real->xCurrentTime(g_real, out);
}
int shimGetLastError(sqlite3_vfs *, int size, char *out)
{
    return g_real->xGetLastError ? g_real->xGetLastError(g_real, size, out) : 0;
}
int shimCurrentTimeInt64(sqlite3_vfs *, sqlite3_int64 *out)
{
    return g_real->xCurrentTimeInt64(g_real, out);
}

} // namespace

FullDisk::FullDisk()
{
    g_full = false;
    g_real = sqlite3_vfs_find(nullptr);
    std::memset(&g_methods, 0, sizeof g_methods);
    g_methods = { 3, shimClose, shimRead, shimWrite, shimTruncate, shimSync, shimFileSize, shimLock,
        shimUnlock, shimCheckReservedLock, shimFileControl, shimSectorSize, shimDeviceCharacteristics,
        shimShmMap, shimShmLock, shimShmBarrier, shimShmUnmap, shimFetch, shimUnfetch };
    std::memset(&g_shim, 0, sizeof g_shim);
    g_shim.iVersion = 2;
    g_shim.szOsFile = int(sizeof(ShimFile)) + g_real->szOsFile;
    g_shim.mxPathname = g_real->mxPathname;
    g_shim.zName = "ripen-full-disk";
    g_shim.xOpen = shimOpen;
    g_shim.xDelete = shimDelete;
    g_shim.xAccess = shimAccess;
    g_shim.xFullPathname = shimFullPathname;
    g_shim.xDlOpen = shimDlOpen;
    g_shim.xDlError = shimDlError;
    g_shim.xDlSym = shimDlSym;
    g_shim.xDlClose = shimDlClose;
    g_shim.xRandomness = shimRandomness;
    g_shim.xSleep = shimSleep;
    g_shim.xCurrentTime = shimCurrentTime;
    g_shim.xGetLastError = shimGetLastError;
    g_shim.xCurrentTimeInt64 = shimCurrentTimeInt64;
    sqlite3_vfs_register(&g_shim, 1);
}

FullDisk::~FullDisk()
{
    g_full = false;
    sqlite3_vfs_unregister(&g_shim);
}

void FullDisk::fill(bool full)
{
    g_full = full;
}

} // namespace Ripen::Test
