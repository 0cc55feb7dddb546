// For `copy_file_range`, which glibc declares only to GNU sources.
#define _GNU_SOURCE
#include "CSystem.h"

#include <errno.h>
#include <stdlib.h>
#include <unistd.h>

long agentview_copy_file_range(int from, int to, unsigned long count) {
#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 27))
    return (long)copy_file_range(from, NULL, to, NULL, (size_t)count, 0);
#else
    (void)from;
    (void)to;
    (void)count;
    errno = ENOSYS;
    return -1;
#endif
}
