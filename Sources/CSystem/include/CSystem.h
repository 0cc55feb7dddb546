#ifndef AGENTVIEW_CSYSTEM_H
#define AGENTVIEW_CSYSTEM_H

/// Gives the pages of freed heap memory back to the system, where the C library allows it.
///
/// glibc keeps freed memory for reuse, in one arena per thread that freed it; `malloc_trim` returns the whole
/// free pages of every arena, which the Glibc module does not expose. Elsewhere this does nothing.
void agentview_release_free_memory(void);

/// Makes every heap block of at least `bytes` a mapping of its own, unmapped when freed, for the rest of the
/// process (glibc's `mallopt(M_MMAP_THRESHOLD)`, which also stops glibc from raising that size by itself).
/// Elsewhere this does nothing.
void agentview_map_blocks_from(int bytes);

/// Copies up to `count` bytes from one open file to another inside the kernel (`copy_file_range`), from and
/// advancing each file's offset: the bytes copied, 0 at the end of `from`, or -1 with `errno` set (`ENOSYS`
/// where the C library lacks it, `EXDEV` or `EINVAL` where the files do not allow it).
long agentview_copy_file_range(int from, int to, unsigned long count);

#endif
