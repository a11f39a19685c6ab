#pragma once

#include <QCoreApplication>

#include "result.h"

#include <QByteArray>
#include <QString>

namespace Broadsheet {

struct DecodedText
{
    QString text;
    QString encoding; // the name the JSON reports: "UTF-8", "UTF-16LE", "GB18030", "Big5"
    bool byteOrderMark = false;
    int replacedBytes = 0; // undecodable bytes shown as U+FFFD (only a handful are tolerated)
};

// Turns the bytes of an issue file into text: UTF-8 (with or without BOM),
// UTF-16 LE/BE (with or without BOM), GB18030 (GBK, GB2312) and Big5.
// Refuses what is not text, saying why.
class TextDecoder
{
    Q_DECLARE_TR_FUNCTIONS(Broadsheet::TextDecoder)

public:
    static Result<DecodedText> decode(const QByteArray &bytes);

    // "a PNG image", "a ZIP archive", … when the bytes start like a known binary format.
    static QString binaryFormatName(const QByteArray &bytes);
};

} // namespace Broadsheet
