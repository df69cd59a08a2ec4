#pragma once

// Shared by the fuzz targets: a failed property prints what was expected and aborts, which
// libFuzzer reports as a crash (with the input saved) and the replay runner as a failure.

#include <cstdio>
#include <cstdlib>

#define FUZZ_CHECK(condition, what)                                                               \
    do {                                                                                          \
        if (!(condition)) {                                                                       \
            std::fprintf(stderr, "fuzz check failed: %s (%s:%d): %s\n", #condition, __FILE__,     \
                         __LINE__, what);                                                         \
            std::abort();                                                                         \
        }                                                                                         \
    } while (false)
