/*
 * pp_common.h: small definitions shared by every module of pressprobe.
 *
 * Include this first in every .c file (after config.h).  It pulls in the
 * standard headers almost every module needs and a few attributes.
 */
#ifndef PP_COMMON_H
#define PP_COMMON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#define PP_ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))
#define PP_MIN(a, b) ((a) < (b) ? (a) : (b))
#define PP_MAX(a, b) ((a) > (b) ? (a) : (b))

#define pp_likely(x) __builtin_expect(!!(x), 1)
#define pp_unlikely(x) __builtin_expect(!!(x), 0)
#define PP_UNUSED __attribute__((unused))
#define PP_MUSTCHECK __attribute__((warn_unused_result))
#define PP_PRINTF(f, a) __attribute__((format(printf, f, a)))

/*
 * UNITTEST marks functions that are static in the library but reachable from
 * tests/unit when built with -DPP_UNITTESTS (as curl does).
 */
#ifdef PP_UNITTESTS
#define UNITTEST
#else
#define UNITTEST static
#endif

/* Size of the caller-supplied error message buffers (like PCAP_ERRBUF_SIZE). */
#define PP_ERRBUF_SIZE 256

/* Microseconds since the Unix epoch, UTC.  All packet times use this. */
typedef uint64_t pp_usec_t;

#endif
