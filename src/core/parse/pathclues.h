#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

namespace Broadsheet {

// What the path of an issue file tells about the issue, read from its folder and
// file names (Windows and POSIX separators alike):
//   the paper  — a folder or name that is a paper's name (辽源日报/…) or a
//                well-known pinyin abbreviation of one (lyrb/, rmrb_20190220.txt);
//   the date   — 2019-02-20, 2019_02_20, 2019.02.20, 20190220, 2019/02/20 and
//                2019-02/20 folders, 2019年02月20日;
//   the page   — in the file name: 20190220_01, lyrb-A02, 第03版, A2版 要闻, a
//                file named 01.txt; with the page's name when one follows it
//                (03_要闻.txt, 第03版：要闻.txt).
// A date is taken only when it is a real day of 1900–2100 standing on its own:
// 20190230, 2019-13-01, a phone number (13912345678), 123456.txt and an 8-digit
// run inside a longer one give none. When the path names several dates, the one
// nearest the file name counts. Digits that make up a date are never a page.
class PathClues
{
public:
    static PathClues of(const QString &path);

    // The paper a pinyin abbreviation stands for (rmrb → 人民日报, any case);
    // empty when the abbreviation is not a well-known one.
    static QString paperForAbbreviation(QStringView abbreviation);

    QString paper;    // as written in the path, or the paper an abbreviation names
    QDate date;       // invalid when the path gives none
    QString page;     // as written: 01, A02, 03; empty when none
    QString pageName; // 要闻 in 03_要闻.txt; empty when none
};

} // namespace Broadsheet
