#pragma once

#include <QLoggingCategory>

// One category per module of the core library; enable with
// QT_LOGGING_RULES="broadsheet.parser.debug=true" and the like.
Q_DECLARE_LOGGING_CATEGORY(lcDecoder)
Q_DECLARE_LOGGING_CATEGORY(lcParser)
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcSearch)
Q_DECLARE_LOGGING_CATEGORY(lcExport)
Q_DECLARE_LOGGING_CATEGORY(lcPdf)
