#include "logging.h"

Q_LOGGING_CATEGORY(lcDecoder, "broadsheet.decoder", QtWarningMsg)
Q_LOGGING_CATEGORY(lcParser, "broadsheet.parser", QtWarningMsg)
Q_LOGGING_CATEGORY(lcStore, "broadsheet.store", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSearch, "broadsheet.search", QtWarningMsg)
Q_LOGGING_CATEGORY(lcExport, "broadsheet.export", QtWarningMsg)
Q_LOGGING_CATEGORY(lcPdf, "broadsheet.pdf", QtWarningMsg)
