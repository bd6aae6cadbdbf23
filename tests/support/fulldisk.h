// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Ripen::Test {

// A full disk, for SQLite: while a FullDisk lives, SQLite's default file system layer (VFS) is a thin
// layer over the real one whose writes, truncations and shared-memory maps fail with SQLITE_FULL once
// fill(true) is called, as they do on a disk with no room left. Reads, locks and syncs pass. Every
// connection opened meanwhile (Qt's included: it uses the same library) goes through it.
class FullDisk final
{
public:
    FullDisk();
    ~FullDisk();
    FullDisk(const FullDisk &) = delete;
    FullDisk &operator=(const FullDisk &) = delete;

    void fill(bool full);
};

} // namespace Ripen::Test
