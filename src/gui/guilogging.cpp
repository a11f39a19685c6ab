#include "guilogging.h"

Q_LOGGING_CATEGORY(lcGui, "broadsheet.gui", QtWarningMsg)
