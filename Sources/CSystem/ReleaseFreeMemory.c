#include "CSystem.h"

// Included for the `__GLIBC__` it defines on glibc systems.
#include <stdlib.h>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

void agentview_release_free_memory(void) {
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

void agentview_map_blocks_from(int bytes) {
#if defined(__GLIBC__)
    mallopt(M_MMAP_THRESHOLD, bytes);
#else
    (void)bytes;
#endif
}
