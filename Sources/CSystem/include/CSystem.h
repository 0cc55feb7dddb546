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

#endif
