#include "logging.h"

Q_LOGGING_CATEGORY(lcDecoder, "broadsheet.decoder", QtInfoMsg)
Q_LOGGING_CATEGORY(lcParser, "broadsheet.parser", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "broadsheet.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSearch, "broadsheet.search", QtInfoMsg)
Q_LOGGING_CATEGORY(lcExport, "broadsheet.export", QtInfoMsg)
