#pragma once

// A test that cannot be done on this machine (a tool missing, no way to make a
// file read-only) is skipped in a developer's build, but fails under CI
// (`packaging/test.sh --ci` configures with BROADSHEET_STRICT_TESTS=ON): there a
// promise that is not tested is a failure, not a quiet gap.

#include <QTest>

#ifdef BROADSHEET_STRICT_TESTS
#define BROADSHEET_SKIP(reason) QFAIL("cannot be tested here, and tests are strict: " reason)
#else
#define BROADSHEET_SKIP(reason) QSKIP(reason)
#endif
