#include "corrector.h"

// Implemented on the core-correct branch.
