#pragma once

#include <QCoreApplication>

#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Broadsheet {

struct DecodedText
{
    QString text;
    QString encoding; // the name the JSON reports: "UTF-8", "UTF-16LE", "GB18030", "Big5"
    bool byteOrderMark = false;
    // Undecodable bytes, each shown as one U+FFFD: a few in any file, up to 2 % in
    // one whose text is plausible; more and the file is refused.
    int replacedBytes = 0;
    // The lines (1-based, as SourceText counts them) where decoding put a U+FFFD,
    // in order; a U+FFFD that the file itself holds is not listed.
    QList<int> damagedLines;
    // When another encoding read the bytes almost as plausibly: a sentence naming
    // the encoding chosen and the runner-up, for the notes. Empty when sure.
    QString doubt;
};

// Turns the bytes of an issue file into text: UTF-8 (with or without BOM),
// UTF-16 LE/BE (with or without BOM), GB18030 (GBK, GB2312) and Big5.
// Refuses what is not text, saying why.
//
// Without a byte order mark the encoding is the most plausible reading: each
// candidate is scored by its undecodable bytes and by how much its text reads as
// Chinese (common characters, CJK punctuation, ASCII) rather than the rare
// characters, private-use codes and stray scripts a wrong reading produces. A
// valid UTF-8 file is UTF-8; a legacy encoding wins only when its text is
// plausible. Every undecodable byte becomes one U+FFFD and its line is recorded.
// UTF-16 with an odd number of bytes has a stray byte: it is found where reading
// the units before it from the start and those after it from the end reads best.
class TextDecoder
{
    Q_DECLARE_TR_FUNCTIONS(Broadsheet::TextDecoder)

public:
    static Result<DecodedText> decode(const QByteArray &bytes);

    // "a PNG image", "a ZIP archive", … when the bytes start like a known binary format.
    static QString binaryFormatName(const QByteArray &bytes);
};

} // namespace Broadsheet
