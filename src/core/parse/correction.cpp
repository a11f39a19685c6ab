#include "correction.h"

// Implemented on the core-correct branch.
