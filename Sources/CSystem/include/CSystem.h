#ifndef AGENTVIEW_CSYSTEM_H
#define AGENTVIEW_CSYSTEM_H

/// Gives the pages of freed heap memory back to the system, where the C library allows it.
///
/// glibc keeps freed memory for reuse, in one arena per thread that freed it; `malloc_trim` returns the whole
/// free pages of every arena, which the Glibc module does not expose. Elsewhere this does nothing.
void agentview_release_free_memory(void);

#endif
