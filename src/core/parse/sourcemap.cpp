#include "sourcemap.h"

// Implemented on the core-correct branch.
