<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>Broadsheet::ArchiveModel</name>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform><numerusform>%n articles</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform><numerusform>%n pages</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform><numerusform>%n files</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n issue(s)</source>
        <translation>
            <numerusform>%n issue</numerusform><numerusform>%n issues</numerusform></translation>
    </message>
</context>
<context>
    <name>Broadsheet::ArticleChooser</name>
    <message numerus="yes">
        <source>Move %n line(s) to:</source>
        <translation>
            <numerusform>Move %n line to:</numerusform><numerusform>Move %n lines to:</numerusform></translation>
    </message>
</context>
<context>
    <name>Broadsheet::ArticleExport</name>
    <message numerus="yes">
        <source>Exported %n article(s) to %1.</source>
        <translation>
            <numerusform>Exported %n article to %1.</numerusform><numerusform>Exported %n articles to %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Print %n article(s)</source>
        <translation>
            <numerusform>Print %n article</numerusform><numerusform>Print %n articles</numerusform></translation>
    </message>
</context>
<context>
    <name>Broadsheet::ArticleHtml</name>
    <message numerus="yes">
        <source>▾ Notes from the parser (%n)</source>
        <translation>
            <numerusform>▾ Notes from the parser (%n)</numerusform><numerusform>▾ Notes from the parser (%n)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>▸ Notes from the parser (%n)</source>
        <translation>
            <numerusform>▸ Notes from the parser (%n)</numerusform><numerusform>▸ Notes from the parser (%n)</numerusform></translation>
    </message>
</context>
<context>
    <name>Broadsheet::Cli</name>
    <message numerus="yes">
        <source>Wrote %n article(s) to %1</source>
        <translation>
            <numerusform>Wrote %n article to %1</numerusform><numerusform>Wrote %n articles to %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 (%n article(s))</source>
        <translation>
            <numerusform>%1: %2 (%n article)</numerusform><numerusform>%1: %2 (%n articles)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n matching article(s)</source>
        <translation>
            <numerusform>%n matching article</numerusform><numerusform>%n matching articles</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform><numerusform>%n articles</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2, %n article(s)</source>
        <translation>
            <numerusform>%1 — %2, %n article</numerusform><numerusform>%1 — %2, %n articles</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Updating the search index of %1 for this version of Broadsheet (%n article(s))…</source>
        <translation>
            <numerusform>Updating the search index of %1 for this version of Broadsheet (%n article)…</numerusform><numerusform>Updating the search index of %1 for this version of Broadsheet (%n articles)…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Set the metadata of %n file(s).</source>
        <translation>
            <numerusform>Set the metadata of %n file.</numerusform><numerusform>Set the metadata of %n files.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) added to “%1”.</source>
        <translation>
            <numerusform>%n article added to “%1”.</numerusform><numerusform>%n articles added to “%1”.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>(%n more whose files are not in the library)</source>
        <translation>
            <numerusform>(%n more whose files are not in the library)</numerusform><numerusform>(%n more whose files are not in the library)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) removed from “%1”.</source>
        <translation>
            <numerusform>%n article removed from “%1”.</numerusform><numerusform>%n articles removed from “%1”.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n collection(s)</source>
        <translation>
            <numerusform>%n collection</numerusform><numerusform>%n collections</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) in them</source>
        <translation>
            <numerusform>%n article in them</numerusform><numerusform>%n articles in them</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n tag</numerusform><numerusform>%n tags</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform><numerusform>%n notes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) are not in this library; they are kept and come back when their files are imported.</source>
        <translation>
            <numerusform>%n article are not in this library; they are kept and come back when their files are imported.</numerusform><numerusform>%n articles are not in this library; they are kept and come back when their files are imported.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1: issue %2, %n correction(s) applied</source>
        <translation>
            <numerusform>%1: issue %2, %n correction applied</numerusform><numerusform>%1: issue %2, %n corrections applied</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>, %n refused</source>
        <translation>
            <numerusform>, %n refused</numerusform><numerusform>, %n refused</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) joined the issue of the same page (an e-paper PDF and its text).</source>
        <translation>
            <numerusform>%n file joined the issue of the same page (an e-paper PDF and its text).</numerusform><numerusform>%n files joined the issue of the same page (an e-paper PDF and its text).</numerusform></translation>
    </message>
</context>
<context>
    <name>Broadsheet::CollectionChooser</name>
    <message numerus="yes">
        <source>%1  (%n article(s))</source>
        <translation>
            <numerusform>%1  (%n article)</numerusform><numerusform>%1  (%n articles)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Add %n article(s) to:</source>
        <translation>
            <numerusform>Add %n article to:</numerusform><numerusform>Add %n articles to:</numerusform></translation>
    </message>
</context>
<context>
    <name>Broadsheet::ContentsHtml</name>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform><numerusform>%n articles</numerusform></translation>
    </message>
</context>
<context>
    <name>Broadsheet::CorrectionController</name>
    <message numerus="yes">
        <source>Applied %n correction(s).</source>
        <translation>
            <numerusform>Applied %n correction.</numerusform><numerusform>Applied %n corrections.</numerusform></translation>
    </message>
</context>
<context>
    <name>Broadsheet::CorrectionFiles</name>
    <message numerus="yes">
        <source>Exported %n correction(s) to %1.</source>
        <translation>
            <numerusform>Exported %n correction to %1.</numerusform><numerusform>Exported %n corrections to %1.</numerusform></translation>
    </message>
</context>
<context>
    <name>Broadsheet::DoubtRules</name>
    <message numerus="yes">
        <source>%n more line(s) have undecodable bytes.</source>
        <translation>
            <numerusform>%n more line have undecodable bytes.</numerusform><numerusform>%n more lines have undecodable bytes.</numerusform></translation>
    </message>
</context>
<context>
    <name>Broadsheet::ExportDialog</name>
    <message numerus="yes">
        <source>%1 (%n article(s))</source>
        <translation>
            <numerusform>%1 (%n article)</numerusform><numerusform>%1 (%n articles)</numerusform></translation>
    </message>
</context>
<context>
    <name>Broadsheet::ImportNotice</name>
    <message numerus="yes">
        <source>%1 changed since it was corrected: %n of its corrections no longer fit and were not kept.</source>
        <translation>
            <numerusform>%1 changed since it was corrected: %n of its corrections no longer fit and were not kept.</numerusform><numerusform>%1 changed since it was corrected: %n of its corrections no longer fit and were not kept.</numerusform></translation>
    </message>
</context>
<context>
    <name>Broadsheet::IssueCalendar</name>
    <message numerus="yes">
        <source>%n issue(s)</source>
        <translation>
            <numerusform>%n issue</numerusform><numerusform>%n issues</numerusform></translation>
    </message>
</context>
<context>
    <name>Broadsheet::IssueParser</name>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform><numerusform>%n more</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Undecodable bytes were replaced with � on line(s) %1.</source>
        <translation>
            <numerusform>Undecodable bytes were replaced with � on line %1.</numerusform><numerusform>Undecodable bytes were replaced with � on lines %1.</numerusform></translation>
    </message>
</context>
<context>
    <name>Broadsheet::IssuePropertiesDialog</name>
    <message numerus="yes">
        <source>Properties of %n Issues</source>
        <translation>
            <numerusform>Properties of %n Issues</numerusform><numerusform>Properties of %n Issues</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n issue file(s)</source>
        <translation>
            <numerusform>%n issue file</numerusform><numerusform>%n issue files</numerusform></translation>
    </message>
</context>
<context>
    <name>Broadsheet::LibraryModel</name>
    <message numerus="yes">
        <source>%1&lt;br&gt;%2 · %n article(s)&lt;br&gt;Imported %3</source>
        <translation>
            <numerusform>%1&lt;br&gt;%2 · %n article&lt;br&gt;Imported %3</numerusform><numerusform>%1&lt;br&gt;%2 · %n articles&lt;br&gt;Imported %3</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n doubtful spot(s)</source>
        <translation>
            <numerusform>%n doubtful spot</numerusform><numerusform>%n doubtful spots</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n doubtful</source>
        <comment>a tree row's doubtful spots, after its count</comment>
        <translation>
            <numerusform>%n doubtful</numerusform><numerusform>%n doubtful</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n correction(s) of yours</source>
        <translation>
            <numerusform>%n correction of yours</numerusform><numerusform>%n corrections of yours</numerusform></translation>
    </message>
</context>
<context>
    <name>Broadsheet::MainWindow</name>
    <message numerus="yes">
        <source>Opening %n file(s)…</source>
        <translation>
            <numerusform>Opening %n file…</numerusform><numerusform>Opening %n files…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Added %n issue(s) to the library.</source>
        <translation>
            <numerusform>Added %n issue to the library.</numerusform><numerusform>Added %n issues to the library.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Remove “%1” and its %n article(s) from the library?</source>
        <translation>
            <numerusform>Remove “%1” and its %n article from the library?</numerusform><numerusform>Remove “%1” and its %n articles from the library?</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform><numerusform>%n articles</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform><numerusform>%n characters</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Updated %n changed issue(s).</source>
        <translation>
            <numerusform>Updated %n changed issue.</numerusform><numerusform>Updated %n changed issues.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n issue(s) already in the library.</source>
        <translation>
            <numerusform>%n issue already in the library.</numerusform><numerusform>%n issues already in the library.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n issue(s)</source>
        <translation>
            <numerusform>%n issue</numerusform><numerusform>%n issues</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Changed %n issue file(s).</source>
        <translation>
            <numerusform>Changed %n issue file.</numerusform><numerusform>Changed %n issue files.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n collection(s)</source>
        <translation>
            <numerusform>%n collection</numerusform><numerusform>%n collections</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Added %n article(s) to “%1”.</source>
        <translation>
            <numerusform>Added %n article to “%1”.</numerusform><numerusform>Added %n articles to “%1”.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Took %n article(s) out of “%1”.</source>
        <translation>
            <numerusform>Took %n article out of “%1”.</numerusform><numerusform>Took %n articles out of “%1”.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Remove the collection “%1”? Its %n article(s) stay in the library.</source>
        <translation>
            <numerusform>Remove the collection “%1”? Its %n article stay in the library.</numerusform><numerusform>Remove the collection “%1”? Its %n articles stay in the library.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Changed the tags of %n article(s).</source>
        <translation>
            <numerusform>Changed the tags of %n article.</numerusform><numerusform>Changed the tags of %n articles.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n article(s)…</source>
        <translation>
            <numerusform>Exporting %n article…</numerusform><numerusform>Exporting %n articles…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Remove these %n issue files and their articles from the library? The files on disk are not touched.</source>
        <translation>
            <numerusform>Remove these %n issue files and their articles from the library? The files on disk are not touched.</numerusform><numerusform>Remove these %n issue files and their articles from the library? The files on disk are not touched.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) joined the issue of the same page (an e-paper PDF and its text).</source>
        <translation>
            <numerusform>%n file joined the issue of the same page (an e-paper PDF and its text).</numerusform><numerusform>%n files joined the issue of the same page (an e-paper PDF and its text).</numerusform></translation>
    </message>
</context>
<context>
    <name>Broadsheet::SearchPanel</name>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform><numerusform>%n articles</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s); the rest could not be read: %1</source>
        <translation>
            <numerusform>%n article; the rest could not be read: %1</numerusform><numerusform>%n articles; the rest could not be read: %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n filter(s) in force</source>
        <translation>
            <numerusform>%n filter in force</numerusform><numerusform>%n filters in force</numerusform></translation>
    </message>
</context>
<context>
    <name>Broadsheet::TagsDialog</name>
    <message numerus="yes">
        <source>Tags of %n article(s):</source>
        <translation>
            <numerusform>Tags of %n article:</numerusform><numerusform>Tags of %n articles:</numerusform></translation>
    </message>
</context>
<context>
    <name>Broadsheet::TimelineChart</name>
    <message numerus="yes">
        <source>%1, %2: %3 of %n article(s) (%4%)</source>
        <translation>
            <numerusform>%1, %2: %3 of %n article (%4%)</numerusform><numerusform>%1, %2: %3 of %n articles (%4%)</numerusform></translation>
    </message>
</context>
</TS>