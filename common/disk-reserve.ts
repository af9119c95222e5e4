/**
 * A reserve of disk kept for a queue's own recovery. When the disk fills up (a days-long outage, or
 * another program's logs), SQLite cannot even delete: in WAL mode a DELETE appends frames to the WAL,
 * and the checkpoint that would let the WAL start over writes into the database file, both of which
 * need room. A queue that cannot delete what was acknowledged resends it forever and never takes new
 * data again (seen with a gateway on a full 3 MiB volume). So the queue's owner holds a file of zeros
 * (written out, not sparse: a sparse file would reserve nothing) and, on a full disk, deletes it:
 * that room lets the checkpoint and the deletes go through. It refuses new data until the reserve can
 * be made again, so the room is not spent on new rows first.
 */
import { closeSync, fsyncSync, openSync, rmSync, statfsSync, statSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

export interface DiskReserve {
  /** Bytes the reserve holds on disk now (0 once released, or if it could not be made). */
  heldBytes(): number;
  /** Deletes the reserve; returns the bytes it gave back. */
  release(): number;
  /**
   * Makes the reserve (again) if the disk has room for it and as much again besides (so that what is
   * left is not all of it); returns whether it is held now. A disk too full to hold it answers false.
   */
  restore(): boolean;
  /** Bytes free on the reserve's file system for this user. */
  freeBytes(): number;
}

const CHUNK = 1024 * 1024;

/** Bytes a file really takes on disk (blocks x 512: a sparse or half-written file takes less than its size); 0 if absent. */
export function bytesAllocated(path: string): number {
  const st = statSync(path, { throwIfNoEntry: false });
  return st ? st.blocks * 512 : 0;
}

/** `bytes` = 0: no file, nothing to release; restore() then asks only for the headroom. */
export function createDiskReserve(path: string, bytes: number, headroomBytes = Math.max(bytes, CHUNK)): DiskReserve {
  const dir = dirname(path);
  const onDisk = (): number => bytesAllocated(path);
  const freeBytes = (): number => {
    try {
      const fs = statfsSync(dir);
      return fs.bavail * fs.bsize;
    } catch {
      return 0; // no folder (yet): no room
    }
  };
  const write = (): boolean => {
    let fd: number;
    try {
      fd = openSync(path, 'w');
    } catch {
      return false; // no folder, no permission: no reserve, as on a full disk
    }
    try {
      const zeros = Buffer.alloc(Math.min(CHUNK, bytes));
      for (let written = 0; written < bytes; ) written += writeSync(fd, zeros, 0, Math.min(zeros.length, bytes - written));
      fsyncSync(fd);
      return true;
    } catch {
      return false; // ENOSPC most likely: the partial file is removed below
    } finally {
      closeSync(fd);
    }
  };
  return {
    heldBytes: () => (bytes > 0 ? Math.min(onDisk(), bytes) : 0),
    freeBytes,
    release() {
      const had = onDisk();
      rmSync(path, { force: true });
      return had;
    },
    restore() {
      if (bytes === 0) return freeBytes() >= headroomBytes;
      if (onDisk() >= bytes) return true;
      if (freeBytes() < bytes + headroomBytes) return false;
      if (write()) return true;
      rmSync(path, { force: true });
      return false;
    },
  };
}
