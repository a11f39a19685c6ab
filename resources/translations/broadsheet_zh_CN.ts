<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Broadsheet::ArchiveModel</name>
    <message>
        <source>set by you</source>
        <translation>由你设定</translation>
    </message>
    <message>
        <source>from the text</source>
        <translation>取自正文</translation>
    </message>
    <message>
        <source>from the file name</source>
        <translation>取自文件名</translation>
    </message>
    <message>
        <source>guessed from the file&apos;s modification time</source>
        <translation>据文件修改时间推测</translation>
    </message>
    <message>
        <source>Lines %1–%2</source>
        <translation>第 %1–%2 行</translation>
    </message>
    <message>
        <source>Page number %1</source>
        <translation>版次 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <source>Undated</source>
        <translation>无日期</translation>
    </message>
    <message>
        <source>Date %1</source>
        <translation>日期 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n 个版面</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown newspaper</source>
        <translation>未知报纸</translation>
    </message>
    <message numerus="yes">
        <source>%n issue(s)</source>
        <translation>
            <numerusform>%n 期</numerusform>
        </translation>
    </message>
    <message>
        <source>Files that name no newspaper; set one with Issue Properties.</source>
        <translation>未写明报纸的文件；可在“期次属性”中设定。</translation>
    </message>
    <message>
        <source>Files whose text, name and path give no date</source>
        <translation>正文、文件名和路径都没有给出日期的文件</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Articles the page prints before naming a section</source>
        <translation>版面上出现在第一个栏目之前的文章</translation>
    </message>
    <message>
        <source>The page is a guess</source>
        <translation>版次为推测</translation>
    </message>
    <message>
        <source>The date is guessed from the file&apos;s modification time</source>
        <translation>日期据文件修改时间推测</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>收藏夹</translation>
    </message>
    <message>
        <source>Articles you gathered: Article ▸ Add to Collection…</source>
        <translation>你收集的文章：文章 ▸ 加入收藏夹…</translation>
    </message>
</context>
<context>
    <name>Broadsheet::Article</name>
    <message>
        <source>(untitled) %1</source>
        <translation>（无标题）%1</translation>
    </message>
    <message>
        <source>(photo) %1</source>
        <translation>（图片）%1</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
</context>
<context>
    <name>Broadsheet::ArticleAssembler</name>
    <message>
        <source>a second masthead line</source>
        <translation>多出的第二行报头</translation>
    </message>
    <message>
        <source>a byline with no article after it</source>
        <translation>其后没有文章的署名</translation>
    </message>
    <message>
        <source>a subtitle with no headline</source>
        <translation>没有标题的副题</translation>
    </message>
    <message>
        <source>a headline line that fits no headline</source>
        <translation>无法归入任何标题的标题行</translation>
    </message>
    <message>
        <source>The lead (from line %1) was printed before the headline.</source>
        <translation>导语（自第 %1 行起）排在了标题之前。</translation>
    </message>
    <message>
        <source>a second byline</source>
        <translation>多出的第二个署名</translation>
    </message>
</context>
<context>
    <name>Broadsheet::ArticleChooser</name>
    <message>
        <source>Move Lines to Article</source>
        <translation>将行移到文章</translation>
    </message>
    <message>
        <source>Filter by headline</source>
        <translation>按标题筛选</translation>
    </message>
    <message>
        <source>Articles of the issue</source>
        <translation>这一期的文章</translation>
    </message>
    <message>
        <source>%1  (the lines are here)</source>
        <translation>%1  （所选行在此）</translation>
    </message>
    <message numerus="yes">
        <source>Move %n line(s) to:</source>
        <translation>
            <numerusform>将 %n 行移到：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Broadsheet::ArticleExport</name>
    <message>
        <source>Cannot export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>导出为 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot export to PDF</source>
        <translation>无法导出为 PDF</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n article(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 篇文章导出到 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Print %n article(s)</source>
        <translation>
            <numerusform>打印 %n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>无法打印</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <source>article</source>
        <translation>文章</translation>
    </message>
</context>
<context>
    <name>Broadsheet::ArticleHtml</name>
    <message numerus="yes">
        <source>▾ Notes from the parser (%n)</source>
        <translation>
            <numerusform>▾ 解析说明（%n）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>▸ Notes from the parser (%n)</source>
        <translation>
            <numerusform>▸ 解析说明（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>收于 %1</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>你的笔记</translation>
    </message>
</context>
<context>
    <name>Broadsheet::ArticleLayout</name>
    <message>
        <source>Page %1 / %2</source>
        <translation>第 %1 页 / 共 %2 页</translation>
    </message>
</context>
<context>
    <name>Broadsheet::ArticleView</name>
    <message>
        <source>Article</source>
        <translation>文章</translation>
    </message>
</context>
<context>
    <name>Broadsheet::Cli</name>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Broadsheet: read, search and export newspaper issues.</source>
        <translation>Broadsheet：阅读、搜索和导出报纸。</translation>
    </message>
    <message>
        <source>One of the commands below.</source>
        <translation>下列命令之一。</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>未指定命令。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <source>The issue file to export from.</source>
        <translation>要从中导出文章的报纸文本文件。</translation>
    </message>
    <message>
        <source>An article to export, by its number as `parse` shows it; repeatable.</source>
        <translation>要导出的文章，按 `parse` 显示的编号指定；可多次使用。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Export every article of the issue.</source>
        <translation>导出这期报纸的所有文章。</translation>
    </message>
    <message>
        <source>The PDF file to write (an earlier PDF there is replaced).</source>
        <translation>要写入的 PDF 文件（该位置已有的 PDF 文件将被替换）。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>export-pdf takes exactly one issue file.</source>
        <translation>export-pdf 需要且只能指定一个报纸文本文件。</translation>
    </message>
    <message>
        <source>Choose the articles with --article ID (repeatable) or --all.</source>
        <translation>请用 --article ID（可多次使用）或 --all 选择要导出的文章。</translation>
    </message>
    <message>
        <source>Name the PDF file to write with -o FILE.</source>
        <translation>请用 -o FILE 指定要写入的 PDF 文件。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an article number.</source>
        <translation>“%1”不是有效的文章编号。</translation>
    </message>
    <message>
        <source>%1 has no article %2: it has no articles.</source>
        <translation>%1 中没有第 %2 篇文章：该文件中没有任何文章。</translation>
    </message>
    <message>
        <source>%1 has no article %2; its articles are numbered 1 to %3.</source>
        <translation>%1 中没有第 %2 篇文章；其文章编号为 1 至 %3。</translation>
    </message>
    <message>
        <source>%1 has no articles to export.</source>
        <translation>%1 中没有可导出的文章。</translation>
    </message>
    <message>
        <source>%1 exists and is not a PDF; it was not replaced.</source>
        <translation>%1 已存在且不是 PDF 文件，因此未被替换。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n article(s) to %1</source>
        <translation>
            <numerusform>已将 %n 篇文章写入 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The library file (default: %1).</source>
        <translation>资料库文件（默认：%1）。</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>already present</source>
        <translation>已存在</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>已替换</translation>
    </message>
    <message>
        <source>PATH...</source>
        <translation>路径...</translation>
    </message>
    <message>
        <source>import needs at least one file or folder.</source>
        <translation>import 至少需要一个文件或文件夹。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 (%n article(s))</source>
        <translation>
            <numerusform>%1：%2（%n 篇文章）</numerusform>
        </translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>%1 imported, %2 already present, %3 replaced, %4 failed.</source>
        <translation>已导入 %1 个，已存在 %2 个，已替换 %3 个，失败 %4 个。</translation>
    </message>
    <message>
        <source>QUERY...</source>
        <translation>查询词...</translation>
    </message>
    <message>
        <source>Print the results as JSON.</source>
        <translation>以 JSON 格式输出结果。</translation>
    </message>
    <message>
        <source>Print only the number of matching articles.</source>
        <translation>只输出匹配文章的数量。</translation>
    </message>
    <message>
        <source>Show at most N results (default 20).</source>
        <translation>最多显示 N 条结果（默认 20 条）。</translation>
    </message>
    <message>
        <source>Skip the first N results.</source>
        <translation>跳过前 N 条结果。</translation>
    </message>
    <message>
        <source>Only in the issue with this library id.</source>
        <translation>只在资料库中具有此 ID 的报纸中搜索。</translation>
    </message>
    <message>
        <source>Only articles by this author.</source>
        <translation>只搜索该作者的文章。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Only articles of this kind (news, commentary, …).</source>
        <translation>只搜索该类型的文章（news、commentary 等）。</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>search needs a query.</source>
        <translation>search 需要查询词。</translation>
    </message>
    <message>
        <source>--limit takes a whole number.</source>
        <translation>--limit 的值必须是整数。</translation>
    </message>
    <message>
        <source>--offset takes a whole number.</source>
        <translation>--offset 的值必须是整数。</translation>
    </message>
    <message>
        <source>--issue takes a library id, as `list` shows.</source>
        <translation>--issue 的值必须是资料库中的报纸 ID（可用 `list` 查看）。</translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;; use news, commentary, interview, voxpop, brief, photo or other.</source>
        <translation>未知类型“%1”；请使用 news、commentary、interview、voxpop、brief、photo 或 other。</translation>
    </message>
    <message numerus="yes">
        <source>%n matching article(s)</source>
        <translation>
            <numerusform>%n 篇匹配的文章</numerusform>
        </translation>
    </message>
    <message>
        <source>The library %1 has no issues yet.</source>
        <translation>资料库 %1 中还没有报纸。</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n 篇文章</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2, %n article(s)</source>
        <translation>
            <numerusform>%1 — %2，%n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <source>(untitled section)</source>
        <translation>（未命名版面）</translation>
    </message>
    <message>
        <source>The issue file to parse.</source>
        <translation>要解析的报纸文本文件。</translation>
    </message>
    <message>
        <source>Print the sections and articles as a tree instead of JSON.</source>
        <translation>以树状结构（而非 JSON）输出版面和文章。</translation>
    </message>
    <message>
        <source>Print compact JSON.</source>
        <translation>输出紧凑格式的 JSON。</translation>
    </message>
    <message>
        <source>parse takes exactly one issue file.</source>
        <translation>parse 需要且只能指定一个报纸文本文件。</translation>
    </message>
    <message>
        <source>Parse an issue file and print it as JSON (or a tree)</source>
        <translation>解析报纸文本文件，并以 JSON（或树状结构）输出</translation>
    </message>
    <message>
        <source>Import issue files or folders into the library</source>
        <translation>将报纸文本文件或文件夹导入资料库</translation>
    </message>
    <message>
        <source>Search all articles in the library</source>
        <translation>搜索资料库中的所有文章</translation>
    </message>
    <message>
        <source>List the issues in the library</source>
        <translation>列出资料库中的报纸</translation>
    </message>
    <message>
        <source>Export articles of an issue file to PDF</source>
        <translation>将报纸文本文件中的文章导出为 PDF</translation>
    </message>
    <message>
        <source>The JSON could not be written: %1</source>
        <translation>无法写入 JSON：%1</translation>
    </message>
    <message numerus="yes">
        <source>Updating the search index of %1 for this version of Broadsheet (%n article(s))…</source>
        <translation>
            <numerusform>正在为此版本的 Broadsheet 更新 %1 的搜索索引(%n 篇文章)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: the search index of %1 was made by another version of Broadsheet, and the library is read-only, so it cannot be updated: search may miss articles.</source>
        <translation>警告:%1 的搜索索引由其他版本的 Broadsheet 建立,而资料库为只读,无法更新:搜索可能遗漏文章。</translation>
    </message>
    <message>
        <source>Match script exactly: traditional and simplified characters do not find each other (发展 does not find 發展).</source>
        <translation>严格匹配字形:繁体与简体不互相查找(发展 找不到 發展)。</translation>
    </message>
    <message>
        <source>Set the newspaper, date or edition of issue files in the library</source>
        <translation>设置资料库中报纸文件的报名、日期或期号</translation>
    </message>
    <message>
        <source>  the same page of the same issue is in %1</source>
        <translation>  同一期报纸的同一版已在 %1 中</translation>
    </message>
    <message>
        <source>Print the newspaper issues as JSON: each paper&apos;s issues by date, with their files and pages, every value with its source.</source>
        <translation>以 JSON 格式输出各期报纸：每种报纸按日期排列，附其文件和版面，每个值都注明来源。</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>无日期</translation>
    </message>
    <message>
        <source>(unknown paper)</source>
        <translation>（报名不详）</translation>
    </message>
    <message>
        <source>Issue files: their library ids (as `list` shows) or their paths.</source>
        <translation>报纸文件：资料库中的 ID（见 `list`）或文件路径。</translation>
    </message>
    <message>
        <source>ISSUE-ID|FILE...</source>
        <translation>报纸ID|文件...</translation>
    </message>
    <message>
        <source>The newspaper (empty: remove what was set).</source>
        <translation>报名（留空：移除已设置的值）。</translation>
    </message>
    <message>
        <source>The issue date (empty: remove what was set).</source>
        <translation>出版日期（留空：移除已设置的值）。</translation>
    </message>
    <message>
        <source>The edition as printed, 第1234期 (empty: remove what was set).</source>
        <translation>印在报上的期号，如 第1234期（留空：移除已设置的值）。</translation>
    </message>
    <message>
        <source>edition</source>
        <translation>期号</translation>
    </message>
    <message>
        <source>The page number of a file of one page (empty: remove what was set).</source>
        <translation>单版文件的版号（留空：移除已设置的值）。</translation>
    </message>
    <message>
        <source>number</source>
        <translation>版号</translation>
    </message>
    <message>
        <source>The page&apos;s name, 要闻 (empty: remove what was set).</source>
        <translation>版名，如 要闻（留空：移除已设置的值）。</translation>
    </message>
    <message>
        <source>--date takes a day as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--date 需要 YYYY-MM-DD 格式的日期，而不是“%1”。</translation>
    </message>
    <message>
        <source>set-metadata needs at least one of --paper, --date, --edition, --page, --page-name and at least one issue file.</source>
        <translation>set-metadata 需要 --paper、--date、--edition、--page、--page-name 中至少一项，以及至少一个报纸文件。</translation>
    </message>
    <message>
        <source>%1 is not in the library; import it first.</source>
        <translation>%1 不在资料库中，请先导入。</translation>
    </message>
    <message numerus="yes">
        <source>Set the metadata of %n file(s).</source>
        <translation>
            <numerusform>已设置 %n 个文件的信息。</numerusform>
        </translation>
    </message>
    <message>
        <source>Count matching articles per year, month or day, as CSV</source>
        <translation>按年、月或日统计匹配的文章数，输出 CSV</translation>
    </message>
    <message>
        <source>Only in this newspaper, named as `list` shows it.</source>
        <translation>只在这份报纸中（名称与 `list` 所列相同）。</translation>
    </message>
    <message>
        <source>Only in issues of this day or later.</source>
        <translation>只在这一天及以后的期次中。</translation>
    </message>
    <message>
        <source>Only in issues of this day or earlier.</source>
        <translation>只在这一天及以前的期次中。</translation>
    </message>
    <message>
        <source>Only articles on this page, as printed (3 finds 03 and 第3版; A2 finds A02).</source>
        <translation>只查这一版的文章，按印刷的版次（3 可找到 03 和 第3版；A2 可找到 A02）。</translation>
    </message>
    <message>
        <source>page</source>
        <translation>版次</translation>
    </message>
    <message>
        <source>Only articles in a section whose title contains this text.</source>
        <translation>只查栏目标题含有这段文字的文章。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>order</source>
        <translation>排序</translation>
    </message>
    <message>
        <source>--%1 takes a day as YYYY-MM-DD, such as 2019-02-20; &quot;%2&quot; is not one.</source>
        <translation>--%1 需要 YYYY-MM-DD 格式的日期，例如 2019-02-20；“%2”不是。</translation>
    </message>
    <message>
        <source>--from is after --to: no day is in between.</source>
        <translation>--from 晚于 --to：两者之间没有日期。</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>第%1版</translation>
    </message>
    <message>
        <source>page %1 %2</source>
        <translation>第%1版 %2</translation>
    </message>
    <message>
        <source>What to count, as in the app&apos;s search box (see `search --help`). The words are joined with spaces.</source>
        <translation>要统计的内容，写法与程序的搜索框相同（见 `search --help`）。各词以空格连接。</translation>
    </message>
    <message>
        <source>Count per year, month (the default) or day.</source>
        <translation>按年、月（默认）或日统计。</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Add a column share: the matching articles&apos; part of all, 0 to 1.</source>
        <translation>增加 share 一列：匹配文章占全部文章的比例，0 到 1。</translation>
    </message>
    <message>
        <source>Only this newspaper, named as `list` shows it: matches and all articles.</source>
        <translation>只统计这份报纸（名称与 `list` 所列相同）：匹配数和文章总数都是。</translation>
    </message>
    <message>
        <source>Match script exactly: traditional and simplified characters do not find each other.</source>
        <translation>严格匹配字形：繁体字与简体字不互相匹配。</translation>
    </message>
    <message>
        <source>timeline needs a query.</source>
        <translation>timeline 需要一个查询。</translation>
    </message>
    <message>
        <source>Unknown unit &quot;%1&quot;; use year, month or day.</source>
        <translation>未知的单位“%1”；请用 year、month 或 day。</translation>
    </message>
    <message>
        <source>The library has no article %1 (see `search --json`).</source>
        <translation>文库中没有文章 %1（见 `search --json`）。</translation>
    </message>
    <message>
        <source>Export every article this query finds, as in `search` (oldest first); repeatable.</source>
        <translation>导出这个查询找到的每篇文章，与 `search` 相同（最早的在前）；可重复使用。</translation>
    </message>
    <message>
        <source>query</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>Export this article, by its library id (`search --json`); repeatable.</source>
        <translation>按文库编号导出这篇文章（见 `search --json`）；可重复使用。</translation>
    </message>
    <message>
        <source>Export the articles of this desk collection.</source>
        <translation>导出这个收藏夹中的文章。</translation>
    </message>
    <message>
        <source>The format: %1.</source>
        <translation>格式：%1。</translation>
    </message>
    <message>
        <source>format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>The file to write (an earlier file there is replaced).</source>
        <translation>要写入的文件（已有的同名文件会被替换）。</translation>
    </message>
    <message>
        <source>export takes no file names; choose the articles with --query, --article or --collection.</source>
        <translation>export 不接受文件名；请用 --query、--article 或 --collection 选择文章。</translation>
    </message>
    <message>
        <source>Choose the articles with one of --query QUERY, --article ID or --collection NAME.</source>
        <translation>请用 --query QUERY、--article ID 或 --collection NAME 之一选择文章。</translation>
    </message>
    <message>
        <source>Name the format with --format (%1).</source>
        <translation>请用 --format 指定格式（%1）。</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use %2.</source>
        <translation>未知的格式“%1”；请用 %2。</translation>
    </message>
    <message>
        <source>Name the file to write with -o FILE.</source>
        <translation>请用 -o FILE 指定要写入的文件。</translation>
    </message>
    <message>
        <source>--article takes a library article id, as `search --json` shows.</source>
        <translation>--article 需要文库中的文章编号，即 `search --json` 所示的编号。</translation>
    </message>
    <message>
        <source>%1 is the library; it was not replaced.</source>
        <translation>%1 是文库文件；没有替换它。</translation>
    </message>
    <message>
        <source>The library has no collection &quot;%1&quot; (see `collections`).</source>
        <translation>文库中没有收藏夹“%1”（见 `collections`）。</translation>
    </message>
    <message>
        <source>The collection &quot;%1&quot; has no articles; nothing was written.</source>
        <translation>收藏夹“%1”中没有文章；未写入任何内容。</translation>
    </message>
    <message>
        <source>No article matches; nothing was written.</source>
        <translation>没有匹配的文章；未写入任何内容。</translation>
    </message>
    <message>
        <source>Library article ids, as `search --json` shows them.</source>
        <translation>文库中的文章编号，即 `search --json` 所示的编号。</translation>
    </message>
    <message>
        <source>ARTICLE-ID...</source>
        <translation>文章编号...</translation>
    </message>
    <message>
        <source>The style: gbt7714 (GB/T 7714-2015, the default) or chicago.</source>
        <translation>格式：gbt7714（GB/T 7714-2015，默认）或 chicago（芝加哥格式）。</translation>
    </message>
    <message>
        <source>style</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>cite needs an article id.</source>
        <translation>cite 需要一个文章编号。</translation>
    </message>
    <message>
        <source>cite takes library article ids, as `search --json` shows them.</source>
        <translation>cite 需要文库中的文章编号，即 `search --json` 所示的编号。</translation>
    </message>
    <message>
        <source>Unknown style &quot;%1&quot;; use gbt7714 or chicago.</source>
        <translation>未知的格式“%1”；请用 gbt7714 或 chicago。</translation>
    </message>
    <message>
        <source>Gather articles into named collections: add, list, show, remove</source>
        <translation>把文章收入命名的收藏夹：add、list、show、remove</translation>
    </message>
    <message>
        <source>Export or import collections, tags and notes as a desk file</source>
        <translation>以书桌文件导出或导入收藏夹、标签和笔记</translation>
    </message>
    <message>
        <source>Tag articles: add, remove, list</source>
        <translation>为文章加标签：add、remove、list</translation>
    </message>
    <message>
        <source>Write or show an article&apos;s note</source>
        <translation>写下或显示文章的笔记</translation>
    </message>
    <message>
        <source>Export library articles as RIS, CSL-JSON, CSV, Markdown or EPUB</source>
        <translation>把文库中的文章导出为 RIS、CSL-JSON、CSV、Markdown 或 EPUB</translation>
    </message>
    <message>
        <source>Cite library articles (GB/T 7714 or Chicago)</source>
        <translation>引用文库中的文章（GB/T 7714 或芝加哥格式）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an article id (a number, as search prints it).</source>
        <translation>“%1”不是文章编号（应为 search 输出的数字）。</translation>
    </message>
    <message>
        <source>There is no collection named “%1”.</source>
        <translation>没有名为“%1”的收藏夹。</translation>
    </message>
    <message>
        <source>collection add needs the collection&apos;s name.</source>
        <translation>collection add 需要收藏夹的名称。</translation>
    </message>
    <message>
        <source>A collection needs a name.</source>
        <translation>收藏夹需要一个名称。</translation>
    </message>
    <message>
        <source>collection add needs --query or --article (one of them).</source>
        <translation>collection add 需要 --query 或 --article（二者之一）。</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) added to “%1”.</source>
        <translation>
            <numerusform>已将 %n 篇文章加入“%1”。</numerusform>
        </translation>
    </message>
    <message>
        <source>The library %1 has no collections yet.</source>
        <translation>文库 %1 还没有收藏夹。</translation>
    </message>
    <message numerus="yes">
        <source>(%n more whose files are not in the library)</source>
        <translation>
            <numerusform>（另有 %n 篇，其文件不在文库中）</numerusform>
        </translation>
    </message>
    <message>
        <source>collection show needs the collection&apos;s name.</source>
        <translation>collection show 需要收藏夹的名称。</translation>
    </message>
    <message>
        <source>collection remove needs the collection&apos;s name.</source>
        <translation>collection remove 需要收藏夹的名称。</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) removed from “%1”.</source>
        <translation>
            <numerusform>已从“%1”移除 %n 篇文章。</numerusform>
        </translation>
    </message>
    <message>
        <source>The collection “%1” was removed.</source>
        <translation>已删除收藏夹“%1”。</translation>
    </message>
    <message>
        <source>add NAME (--query QUERY | --article ID...): add articles, making the collection if there is none; list; show NAME: its articles; remove NAME: the collection (with --article: only those articles).</source>
        <translation>add NAME (--query QUERY | --article ID...)：加入文章，收藏夹不存在时自动创建；list：列出收藏夹；show NAME：列出其中的文章；remove NAME：删除收藏夹（带 --article 时只移除这些文章）。</translation>
    </message>
    <message>
        <source>Add every article this query finds (as for search).</source>
        <translation>加入这个查询找到的每篇文章（与 search 相同）。</translation>
    </message>
    <message>
        <source>An article id (as search prints it).</source>
        <translation>文章编号（即 search 输出的编号）。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>list: print the collections as JSON.</source>
        <translation>list：以 JSON 输出收藏夹。</translation>
    </message>
    <message>
        <source>collection list takes no names.</source>
        <translation>collection list 不接受名称。</translation>
    </message>
    <message>
        <source>collection needs an action: add, list, show or remove.</source>
        <translation>collection 需要一个操作：add、list、show 或 remove。</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot; of collection.</source>
        <translation>collection 没有“%1”这个操作。</translation>
    </message>
    <message>
        <source>export: write collections, tags and notes to a desk file (JSON); import FILE: merge one into the library.</source>
        <translation>export：把收藏夹、标签和笔记写入书桌文件（JSON）；import FILE：把书桌文件并入文库。</translation>
    </message>
    <message>
        <source>export: only this collection, with its articles&apos; tags and notes.</source>
        <translation>export：只导出这个收藏夹，连同其中文章的标签和笔记。</translation>
    </message>
    <message>
        <source>export: the file to write (default: standard output).</source>
        <translation>export：要写入的文件（默认：标准输出）。</translation>
    </message>
    <message>
        <source>collections export takes no file names; use -o FILE.</source>
        <translation>collections export 不接受文件名；请用 -o FILE。</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>collections import needs one desk file.</source>
        <translation>collections import 需要一个书桌文件。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n collection(s)</source>
        <translation>
            <numerusform>%n 个收藏夹</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) in them</source>
        <translation>
            <numerusform>其中 %n 篇文章</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n 个标签</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n 条笔记</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) are not in this library; they are kept and come back when their files are imported.</source>
        <translation>
            <numerusform>%n 篇文章不在这个文库中；它们会被保留，导入其文件后即会恢复。</numerusform>
        </translation>
    </message>
    <message>
        <source>collections needs an action: export or import.</source>
        <translation>collections 需要一个操作：export 或 import。</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot; of collections.</source>
        <translation>collections 没有“%1”这个操作。</translation>
    </message>
    <message>
        <source>add TAG... or remove TAG... (of the articles given with --article); list: every tag.</source>
        <translation>add TAG... 或 remove TAG...（作用于 --article 指定的文章）；list：列出所有标签。</translation>
    </message>
    <message>
        <source>tag needs an action: add, remove or list.</source>
        <translation>tag 需要一个操作：add、remove 或 list。</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot; of tag.</source>
        <translation>tag 没有“%1”这个操作。</translation>
    </message>
    <message>
        <source>tag %1 needs at least one tag.</source>
        <translation>tag %1 至少需要一个标签。</translation>
    </message>
    <message>
        <source>tag %1 needs the articles: --article ID.</source>
        <translation>tag %1 需要指定文章：--article ID。</translation>
    </message>
    <message>
        <source>set ARTICLE-ID TEXT: the article&apos;s note (empty text removes it); show ARTICLE-ID: its note, collections and tags.</source>
        <translation>set ARTICLE-ID TEXT：文章的笔记（空文本表示删除）；show ARTICLE-ID：显示其笔记、收藏夹和标签。</translation>
    </message>
    <message>
        <source>note set needs an article id and the text (quoted).</source>
        <translation>note set 需要文章编号和文本（加引号）。</translation>
    </message>
    <message>
        <source>note show needs an article id.</source>
        <translation>note show 需要文章编号。</translation>
    </message>
    <message>
        <source>Collections: %1</source>
        <translation>收藏夹：%1</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>标签：%1</translation>
    </message>
    <message>
        <source>note needs an action: set or show.</source>
        <translation>note 需要一个操作：set 或 show。</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot; of note.</source>
        <translation>note 没有“%1”这个操作。</translation>
    </message>
    <message>
        <source>What to find, as in the app&apos;s search box: words that must all occur, &quot;a phrase&quot;, -word to leave out, a OR b, title:, author:, section:, page:, collection:, tag:, has:note, &quot;a b&quot;~10 for words near each other. The words are joined with spaces.</source>
        <translation>要查找的内容，写法与程序的搜索框相同：必须都出现的词、&quot;短语&quot;、用 -词 排除、a OR b、title:、author:、section:、page:、collection:、tag:、has:note，以及表示两词相近的 &quot;a b&quot;~10。各词以空格连接。</translation>
    </message>
    <message>
        <source>Print a stored issue as JSON, with its corrections applied</source>
        <translation>以 JSON 格式输出已存储的某一期，并应用其更正</translation>
    </message>
    <message>
        <source>Export or import an issue&apos;s corrections (corrections format 1)</source>
        <translation>导出或导入某一期的更正（更正格式 1）</translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 failure (the message says why), 2 usage error, 3 the library cannot be used, 4 done but some corrections were refused (parse --corrections, corrections import).</source>
        <translation>退出状态：0 成功，1 失败（消息会说明原因），2 用法错误，3 文库无法使用，4 已完成但部分更正被拒绝（parse --corrections、corrections import）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an issue id (a number, as `list` prints it).</source>
        <translation>“%1”不是期 ID（应为数字，即 `list` 所输出的 ID）。</translation>
    </message>
    <message>
        <source>  correction %1 (%2) was refused: %3</source>
        <translation>  更正 %1（%2）被拒绝：%3</translation>
    </message>
    <message>
        <source>corrections export needs one issue id; use -o FILE to write a file.</source>
        <translation>corrections export 需要一个期 ID；使用 -o FILE 写入文件。</translation>
    </message>
    <message>
        <source>corrections import needs at least one corrections file.</source>
        <translation>corrections import 需要至少一个更正文件。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1: issue %2, %n correction(s) applied</source>
        <translation>
            <numerusform>%1：第 %2 期，已应用 %n 条更正</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n refused</source>
        <translation>
            <numerusform>，%n 条被拒绝</numerusform>
        </translation>
    </message>
    <message>
        <source>export ISSUE-ID: write the issue&apos;s corrections (corrections format 1, with the text of each line they name); import FILE.json...: apply corrections files to the issues they name by their source_sha256, replacing the corrections those have.</source>
        <translation>export ISSUE-ID：写出这一期的更正（更正格式 1，并附上其所指各行的文本）；import FILE.json...：按 source_sha256 将更正文件应用到其所指的各期，替换这些期原有的更正。</translation>
    </message>
    <message>
        <source>corrections needs an action: export or import.</source>
        <translation>corrections 需要一个操作：export 或 import。</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;; use export or import.</source>
        <translation>未知操作“%1”；请使用 export 或 import。</translation>
    </message>
    <message>
        <source>The issue&apos;s library id, as `list` prints it.</source>
        <translation>这一期在文库中的 ID，即 `list` 所输出的 ID。</translation>
    </message>
    <message>
        <source>show takes exactly one issue id.</source>
        <translation>show 只接受一个期 ID。</translation>
    </message>
    <message>
        <source>%1 needs Broadsheet&apos;s export program, which is not installed (looked for %2). Reinstall Broadsheet.</source>
        <translation>%1 需要 Broadsheet 的导出程序，但它没有安装（查找了 %2）。请重新安装 Broadsheet。</translation>
    </message>
    <message>
        <source> and </source>
        <translation> 和 </translation>
    </message>
    <message>
        <source>%1 could not start %2: %3</source>
        <translation>%1 无法启动 %2：%3</translation>
    </message>
    <message>
        <source>%1 stopped: %2 ended abnormally.</source>
        <translation>%1 已停止：%2 异常结束。</translation>
    </message>
    <message>
        <source>  correction %1 (%2) was not kept: %3</source>
        <translation>  更正 %1（%2）未被保留：%3</translation>
    </message>
    <message>
        <source>Order: relevance (the default), newest or oldest (by the issue&apos;s day, undated last), or least-confident (the articles the parser is least sure of first, then newest).</source>
        <translation>排序方式：relevance（默认，按相关度）、newest 或 oldest（按这一期的日期，无日期的排在最后），或 least-confident（解析器最没把握的文章在前，其次按最新）。</translation>
    </message>
    <message>
        <source>Only articles the parser is at most this sure of, from 0 to 1 (1: no doubt).</source>
        <translation>仅列出解析器可信度不高于此值的文章，取值 0 到 1（1：毫无疑问）。</translation>
    </message>
    <message>
        <source>Unknown order &quot;%1&quot;; use relevance, newest, oldest or least-confident.</source>
        <translation>未知排序方式“%1”；请使用 relevance、newest、oldest 或 least-confident。</translation>
    </message>
    <message>
        <source>--max-confidence takes a number from 0 to 1, such as 0.8; &quot;%1&quot; is not one.</source>
        <translation>--max-confidence 需要 0 到 1 之间的数字，例如 0.8；“%1”不是有效数字。</translation>
    </message>
    <message>
        <source>Apply the corrections in FILE.json (corrections format 1) to the parse. Corrections that cannot be applied are reported on stderr, one a line, and the exit status is then 4; the others are applied.</source>
        <translation>将 FILE.json 中的更正（更正格式 1）应用到解析结果。无法应用的更正会输出到 stderr，每行一条，此时退出状态为 4；其余更正照常应用。</translation>
    </message>
    <message>
        <source>Correction %1 (%2) was not applied: %3</source>
        <translation>更正 %1（%2）未应用：%3</translation>
    </message>
    <message>
        <source>%1 is a PDF, and reading PDFs needs Broadsheet&apos;s export program, which is not installed (looked for %2). Reinstall Broadsheet.</source>
        <translation>%1 是 PDF，读取 PDF 需要 Broadsheet 的导出程序，但它没有安装（查找过 %2）。请重新安装 Broadsheet。</translation>
    </message>
    <message>
        <source>%1 could not be read: %2 did not start (%3).</source>
        <translation>无法读取 %1：%2 未能启动（%3）。</translation>
    </message>
    <message>
        <source>%1 could not be read: the PDF reader gave up after %2 minutes.</source>
        <translation>无法读取 %1：PDF 读取程序在 %2 分钟后放弃。</translation>
    </message>
    <message>
        <source>%1 could not be read: the PDF reader stopped abnormally on it.</source>
        <translation>无法读取 %1：PDF 读取程序读取时异常终止。</translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>%1 could not be read: the PDF reader&apos;s answer was garbled.</source>
        <translation>无法读取 %1：PDF 读取程序返回的结果已损坏。</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>joined the issue of the same page</source>
        <translation>已并入同一版面的期次</translation>
    </message>
    <message>
        <source>Issue files or e-paper PDFs, or folders to search for *.txt and *.pdf files.</source>
        <translation>报纸文本文件或电子报 PDF，或要在其中查找 *.txt 和 *.pdf 文件的文件夹。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) joined the issue of the same page (an e-paper PDF and its text).</source>
        <translation>
            <numerusform>%n 个文件并入了同一版面的期次（电子报 PDF 与其文本）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Broadsheet::CollectionChooser</name>
    <message>
        <source>&amp;New Collection…</source>
        <translation>新建收藏夹(&amp;N)…</translation>
    </message>
    <message>
        <source>Add to Collection</source>
        <translation>加入收藏夹</translation>
    </message>
    <message>
        <source>Filter collections</source>
        <translation>筛选收藏夹</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>收藏夹</translation>
    </message>
    <message numerus="yes">
        <source>%1  (%n article(s))</source>
        <translation>
            <numerusform>%1  （%n 篇文章）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n article(s) to:</source>
        <translation>
            <numerusform>将 %n 篇文章加入：</numerusform>
        </translation>
    </message>
    <message>
        <source>New Collection</source>
        <translation>新建收藏夹</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>%1  (new)</source>
        <translation>%1  （新建）</translation>
    </message>
</context>
<context>
    <name>Broadsheet::ContentsHtml</name>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Unnumbered page</source>
        <translation>未标版次的版面</translation>
    </message>
</context>
<context>
    <name>Broadsheet::CorrectionController</name>
    <message>
        <source>C&amp;orrect</source>
        <translation>更正(&amp;O)</translation>
    </message>
    <message>
        <source>Line &amp;Role</source>
        <translation>行角色(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Move Lines to &amp;Previous Article</source>
        <translation>将行移到上一篇文章(&amp;P)</translation>
    </message>
    <message>
        <source>The lines selected leave their article and join the article before it</source>
        <translation>所选行离开所在文章，并入前一篇文章</translation>
    </message>
    <message>
        <source>Move Lines to &amp;Next Article</source>
        <translation>将行移到下一篇文章(&amp;N)</translation>
    </message>
    <message>
        <source>The lines selected leave their article and join the article after it</source>
        <translation>所选行离开所在文章，并入后一篇文章</translation>
    </message>
    <message>
        <source>Move Lines to &amp;Article…</source>
        <translation>将行移到文章(&amp;A)…</translation>
    </message>
    <message>
        <source>The lines selected join an article of the issue you choose</source>
        <translation>所选行并入你在这一期中选择的某篇文章</translation>
    </message>
    <message>
        <source>Move Lines to Ne&amp;w Article</source>
        <translation>将行移到新文章(&amp;W)</translation>
    </message>
    <message>
        <source>The lines selected become an article of their own</source>
        <translation>所选行自成一篇文章</translation>
    </message>
    <message>
        <source>&amp;Split Article Before Line</source>
        <translation>在该行之前拆分文章(&amp;S)</translation>
    </message>
    <message>
        <source>The article ends before the line selected; the rest becomes a new article</source>
        <translation>文章在所选行之前结束；其余部分成为一篇新文章</translation>
    </message>
    <message>
        <source>Merge with P&amp;revious Article</source>
        <translation>与上一篇文章合并(&amp;R)</translation>
    </message>
    <message>
        <source>The article read and the one before it become one article</source>
        <translation>当前阅读的文章与前一篇合并为一篇文章</translation>
    </message>
    <message>
        <source>&amp;Merge with Next Article</source>
        <translation>与下一篇文章合并(&amp;M)</translation>
    </message>
    <message>
        <source>The article read and the one after it become one article</source>
        <translation>当前阅读的文章与后一篇合并为一篇文章</translation>
    </message>
    <message>
        <source>Merge Selected Arti&amp;cles</source>
        <translation>合并所选文章(&amp;C)</translation>
    </message>
    <message>
        <source>The articles selected in the tree become one article, in reading order</source>
        <translation>树中所选的文章按阅读顺序合并为一篇文章</translation>
    </message>
    <message>
        <source>&amp;Kicker</source>
        <translation>引题(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>主标题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Subtitle</source>
        <translation>副题(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Byline</source>
        <translation>署名(&amp;B)</translation>
    </message>
    <message>
        <source>B&amp;ody Text</source>
        <translation>正文(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Caption</source>
        <translation>图片说明(&amp;C)</translation>
    </message>
    <message>
        <source>The lines selected are read as this part</source>
        <translation>将所选行视为此部分</translation>
    </message>
    <message>
        <source>Edit &amp;Headline…</source>
        <translation>编辑标题(&amp;H)…</translation>
    </message>
    <message>
        <source>Show another headline for the article (its lines stay)</source>
        <translation>为文章显示另一个标题（其各行保持不变）</translation>
    </message>
    <message>
        <source>Re&amp;vert All Corrections of This Issue</source>
        <translation>还原这一期的所有更正(&amp;V)</translation>
    </message>
    <message>
        <source>The issue as the parser read it, without your corrections</source>
        <translation>按解析器读取的原样显示这一期，不含你的更正</translation>
    </message>
    <message>
        <source>Export Re&amp;ference Parse…</source>
        <translation>导出参考解析(&amp;F)…</translation>
    </message>
    <message>
        <source>Save the issue with your corrections as parse JSON, a reference for the parser</source>
        <translation>将含有你的更正的这一期保存为解析 JSON，作为解析器的参考</translation>
    </message>
    <message>
        <source>Export Co&amp;rrections…</source>
        <translation>导出更正(&amp;R)…</translation>
    </message>
    <message>
        <source>Save the corrections of the issue as a corrections file</source>
        <translation>将这一期的更正保存为更正文件</translation>
    </message>
    <message>
        <source>I&amp;mport Corrections…</source>
        <translation>导入更正(&amp;M)…</translation>
    </message>
    <message>
        <source>Apply a corrections file to the issue it was made for</source>
        <translation>将更正文件应用到其所针对的那一期</translation>
    </message>
    <message>
        <source>%1  (line %2)</source>
        <translation>%1  （第 %2 行）</translation>
    </message>
    <message>
        <source>Edit Headline</source>
        <translation>编辑标题</translation>
    </message>
    <message>
        <source>The headline shown for this article (its lines in the file stay as they are):</source>
        <translation>此文章显示的标题（文件中的对应行保持原样）：</translation>
    </message>
    <message>
        <source>Revert all corrections of the issue</source>
        <translation>还原这一期的所有更正</translation>
    </message>
    <message>
        <source>Cannot correct the issue</source>
        <translation>无法更正这一期</translation>
    </message>
    <message>
        <source>The library is read-only.</source>
        <translation>文库为只读。</translation>
    </message>
    <message>
        <source>“%1” cannot be done: %2</source>
        <translation>无法执行“%1”：%2</translation>
    </message>
    <message>
        <source>Import corrections</source>
        <translation>导入更正</translation>
    </message>
    <message numerus="yes">
        <source>Applied %n correction(s).</source>
        <translation>
            <numerusform>已应用 %n 条更正。</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”：%2</translation>
    </message>
    <message>
        <source>Earlier corrections no longer apply</source>
        <translation>早先的更正已不再适用</translation>
    </message>
    <message>
        <source>These earlier corrections of the issue no longer apply and were left out:
%1</source>
        <translation>这一期的以下早先更正已不再适用，已略去：
%1</translation>
    </message>
</context>
<context>
    <name>Broadsheet::CorrectionFiles</name>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot export the reference parse</source>
        <translation>无法导出参考解析</translation>
    </message>
    <message>
        <source>Export Reference Parse</source>
        <translation>导出参考解析</translation>
    </message>
    <message>
        <source>Exported the corrected parse of %1 to %2.</source>
        <translation>已将 %1 更正后的解析导出到 %2。</translation>
    </message>
    <message>
        <source>Cannot export the corrections</source>
        <translation>无法导出更正</translation>
    </message>
    <message>
        <source>Export Corrections</source>
        <translation>导出更正</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n correction(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 条更正导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Corrections</source>
        <translation>导入更正</translation>
    </message>
    <message>
        <source>Corrections files (*.json);;All files (*)</source>
        <translation>更正文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot import the corrections</source>
        <translation>无法导入更正</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Some corrections were not applied</source>
        <translation>部分更正未应用</translation>
    </message>
</context>
<context>
    <name>Broadsheet::CorrectionSet</name>
    <message>
        <source>Operation %1 of the corrections: %2</source>
        <translation>更正中的第 %1 项操作：%2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>a list of line numbers</comment>
        <translation>%1 和 %2</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between line numbers</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>it has no &quot;op&quot; naming what it does.</source>
        <translation>缺少表明其作用的 &quot;op&quot;。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an operation this version of Broadsheet knows (move, split, merge, role, title).</source>
        <translation>“%1”不是此版本 Broadsheet 支持的操作（move、split、merge、role、title）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing.</source>
        <translation>缺少 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a line number (1 or more).</source>
        <translation>&quot;%1&quot; 必须是行号（1 或更大）。</translation>
    </message>
    <message>
        <source>&quot;lines&quot; must list at least two line numbers.</source>
        <translation>&quot;lines&quot; 必须列出至少两个行号。</translation>
    </message>
    <message>
        <source>&quot;lines&quot; must list line numbers.</source>
        <translation>&quot;lines&quot; 必须列出行号。</translation>
    </message>
    <message>
        <source>&quot;lines&quot; holds something that is not a line number (1 or more).</source>
        <translation>&quot;lines&quot; 中包含不是行号（1 或更大）的内容。</translation>
    </message>
    <message>
        <source>&quot;lines&quot; must list at least two different line numbers.</source>
        <translation>&quot;lines&quot; 必须列出至少两个不同的行号。</translation>
    </message>
    <message>
        <source>&quot;to_new_article&quot; must be true or false.</source>
        <translation>&quot;to_new_article&quot; 必须为 true 或 false。</translation>
    </message>
    <message>
        <source>a move needs either &quot;to_article_of_line&quot; or &quot;to_new_article&quot;: true.</source>
        <translation>移动操作需要 &quot;to_article_of_line&quot; 或 &quot;to_new_article&quot;: true。</translation>
    </message>
    <message>
        <source>&quot;role&quot; must be one of kicker, title, subtitle, byline, body, caption.</source>
        <translation>&quot;role&quot; 必须是 kicker、title、subtitle、byline、body、caption 之一。</translation>
    </message>
    <message>
        <source>&quot;text&quot; must be the new headline.</source>
        <translation>&quot;text&quot; 必须是新标题。</translation>
    </message>
    <message>
        <source>&quot;texts&quot; must map line numbers to the text of those lines.</source>
        <translation>&quot;texts&quot; 必须将行号映射到这些行的文本。</translation>
    </message>
    <message>
        <source>Move line %1 to a new article</source>
        <translation>将第 %1 行移到新文章</translation>
    </message>
    <message>
        <source>Move lines %1 to a new article</source>
        <translation>将第 %1 行移到新文章</translation>
    </message>
    <message>
        <source>Move line %1 to the article of line %2</source>
        <translation>将第 %1 行移到第 %2 行所在的文章</translation>
    </message>
    <message>
        <source>Move lines %1 to the article of line %2</source>
        <translation>将第 %1 行移到第 %2 行所在的文章</translation>
    </message>
    <message>
        <source>Split the article before line %1</source>
        <translation>在第 %1 行之前拆分文章</translation>
    </message>
    <message>
        <source>Merge the articles of lines %1</source>
        <translation>合并第 %1 行所在的文章</translation>
    </message>
    <message>
        <source>a kicker</source>
        <translation>引题</translation>
    </message>
    <message>
        <source>a title</source>
        <translation>主标题</translation>
    </message>
    <message>
        <source>a subtitle</source>
        <translation>副题</translation>
    </message>
    <message>
        <source>a byline</source>
        <translation>署名</translation>
    </message>
    <message>
        <source>body text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>a caption</source>
        <translation>图片说明</translation>
    </message>
    <message>
        <source>Make line %1 %2</source>
        <translation>将第 %1 行设为%2</translation>
    </message>
    <message>
        <source>Make lines %1 %2</source>
        <translation>将第 %1 行设为%2</translation>
    </message>
    <message>
        <source>Retitle the article of line %1: “%2”</source>
        <translation>将第 %1 行所在文章的标题改为“%2”</translation>
    </message>
    <message>
        <source>The corrections file is not JSON: %1 (at character %2).</source>
        <translation>更正文件不是 JSON：%1（位于第 %2 个字符）。</translation>
    </message>
    <message>
        <source>The corrections file is not a corrections file: it holds no JSON object.</source>
        <translation>此文件不是更正文件：其中不含 JSON 对象。</translation>
    </message>
    <message>
        <source>The corrections file has no &quot;format&quot; number.</source>
        <translation>更正文件缺少 &quot;format&quot; 编号。</translation>
    </message>
    <message>
        <source>The corrections file is in format %1, which this version of Broadsheet cannot read (it reads format %2).</source>
        <translation>更正文件的格式为 %1，此版本 Broadsheet 无法读取（它只能读取格式 %2）。</translation>
    </message>
    <message>
        <source>The corrections file has no &quot;source_sha256&quot; naming the issue file it corrects.</source>
        <translation>更正文件缺少指明其所更正报纸文件的 &quot;source_sha256&quot;。</translation>
    </message>
    <message>
        <source>The corrections file has no &quot;operations&quot; list.</source>
        <translation>更正文件缺少 &quot;operations&quot; 列表。</translation>
    </message>
    <message>
        <source>it is not a JSON object.</source>
        <translation>它不是 JSON 对象。</translation>
    </message>
</context>
<context>
    <name>Broadsheet::Corrector</name>
    <message>
        <source>Line %1 is outside the file, whose last line is %2.</source>
        <translation>第 %1 行超出文件范围，文件的最后一行是第 %2 行。</translation>
    </message>
    <message>
        <source>The issue file has changed, and the correction does not record what line %1 said.</source>
        <translation>报纸文件已更改，而该更正未记录第 %1 行原来的内容。</translation>
    </message>
    <message>
        <source>The issue file has changed: line %1 no longer says what it said when the correction was made.</source>
        <translation>报纸文件已更改：第 %1 行的内容已与做出更正时不同。</translation>
    </message>
    <message>
        <source>Line %1 is blank.</source>
        <translation>第 %1 行为空行。</translation>
    </message>
    <message>
        <source>Line %1 is in no article (it is a heading, a credit, the masthead or text the parser could not place).</source>
        <translation>第 %1 行不属于任何文章（它是组标题、编辑署名、报头，或解析器无法归属的文本）。</translation>
    </message>
</context>
<context>
    <name>Broadsheet::DateText</name>
    <message>
        <source>Page %1</source>
        <translation>第%1版</translation>
    </message>
</context>
<context>
    <name>Broadsheet::DeskExport</name>
    <message>
        <source>RIS (EndNote, Zotero, NoteExpress)</source>
        <translation>RIS（EndNote、Zotero、NoteExpress）</translation>
    </message>
    <message>
        <source>CSL-JSON (Zotero, Pandoc)</source>
        <translation>CSL-JSON（Zotero、Pandoc）</translation>
    </message>
    <message>
        <source>CSV (spreadsheets)</source>
        <translation>CSV（电子表格）</translation>
    </message>
    <message>
        <source>Markdown (text, with notes)</source>
        <translation>Markdown（文本，含笔记）</translation>
    </message>
    <message>
        <source>EPUB (e-book readers)</source>
        <translation>EPUB（电子书阅读器）</translation>
    </message>
    <message>
        <source>There are no articles to export.</source>
        <translation>没有可导出的文章。</translation>
    </message>
</context>
<context>
    <name>Broadsheet::DeskExporter</name>
    <message>
        <source>There is nothing to export: no article was chosen.</source>
        <translation>没有可导出的内容：未选择任何文章。</translation>
    </message>
    <message>
        <source>Unknown export format.</source>
        <translation>未知的导出格式。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>Broadsheet::DoubtList</name>
    <message>
        <source>Doubtful spots</source>
        <translation>存疑之处</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Doubt</source>
        <translation>疑点</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>What the parser guessed</source>
        <translation>解析器的推测</translation>
    </message>
    <message>
        <source>Cut paragraph</source>
        <translation>段落被截断</translation>
    </message>
    <message>
        <source>Lead before headline</source>
        <translation>标题前的导语</translation>
    </message>
    <message>
        <source>Caption placed by its words</source>
        <translation>按内容归属的图片说明</translation>
    </message>
    <message>
        <source>Role against shape</source>
        <translation>角色与版式不符</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>Broadsheet::DoubtRules</name>
    <message>
        <source>This paragraph ends mid-sentence; its continuation was not found.</source>
        <translation>此段落在句中结束；未找到其后续内容。</translation>
    </message>
    <message>
        <source>This text stands above the headline; it was taken as the article&apos;s lead.</source>
        <translation>此文本位于标题上方；已将其当作文章的导语。</translation>
    </message>
    <message>
        <source>This caption was given to the article its words are about, not to the one it stands next to.</source>
        <translation>此图片说明被归给其内容所述的文章，而非紧邻它的文章。</translation>
    </message>
    <message>
        <source>This line looks like a headline; it was read as the end of the sentence before it.</source>
        <translation>此行看似标题；已将其读作前一句的结尾。</translation>
    </message>
    <message>
        <source>This line was taken for a photo caption because it interrupts a sentence.</source>
        <translation>此行被当作图片说明，因为它打断了一个句子。</translation>
    </message>
    <message>
        <source>This line looks like a headline; it was read as text, as more such lines stand in a row than a headline has.</source>
        <translation>此行看似标题；但连续排列的此类行多于一个标题应有的行数，因此已将其读作正文。</translation>
    </message>
    <message>
        <source>Undecodable bytes on this line were replaced with �.</source>
        <translation>此行中无法解码的字节已替换为 �。</translation>
    </message>
    <message numerus="yes">
        <source>%n more line(s) have undecodable bytes.</source>
        <translation>
            <numerusform>另有 %n 行含有无法解码的字节。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Broadsheet::EpubDocuments</name>
    <message>
        <source>Unknown newspaper</source>
        <translation>未知报纸</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>标签：%1</translation>
    </message>
    <message>
        <source>Undated</source>
        <translation>无日期</translation>
    </message>
</context>
<context>
    <name>Broadsheet::EpubExporter</name>
    <message>
        <source>Could not make the EPUB book: %1</source>
        <translation>无法生成 EPUB 电子书：%1</translation>
    </message>
    <message>
        <source>There is nothing to export: no article was chosen.</source>
        <translation>没有可导出的内容：未选择任何文章。</translation>
    </message>
</context>
<context>
    <name>Broadsheet::ExportDialog</name>
    <message>
        <source>articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Export Articles</source>
        <translation>导出文章</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n article(s))</source>
        <translation>
            <numerusform>%1（%n 篇文章）</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Articles:</source>
        <translation>文章(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>文件(&amp;I)：</translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
</context>
<context>
    <name>Broadsheet::ExportFields</name>
    <message>
        <source>page %1</source>
        <translation>第%1版</translation>
    </message>
</context>
<context>
    <name>Broadsheet::ExportFonts</name>
    <message>
        <source>No Chinese font suitable for PDF export is installed; install the Debian package fonts-arphic-uming or fonts-wqy-zenhei.</source>
        <translation>未安装适合导出 PDF 的中文字体；请安装 Debian 软件包 fonts-arphic-uming 或 fonts-wqy-zenhei。</translation>
    </message>
</context>
<context>
    <name>Broadsheet::FindBar</name>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>上一个匹配项</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>下一个匹配项</translation>
    </message>
    <message>
        <source>Reached the end; continued from the top</source>
        <translation>已到达末尾，从开头继续查找</translation>
    </message>
    <message>
        <source>Reached the top; continued from the end</source>
        <translation>已到达开头，从末尾继续查找</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>无匹配项</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>Broadsheet::ImportNotice</name>
    <message numerus="yes">
        <source>%1 changed since it was corrected: %n of its corrections no longer fit and were not kept.</source>
        <translation>
            <numerusform>%1 在更正之后已改动：其中 %n 条更正不再适用，未予保留。</numerusform>
        </translation>
    </message>
    <message>
        <source>Correction %1 (%2): %3</source>
        <translation>更正 %1（%2）：%3</translation>
    </message>
    <message>
        <source>They are kept in the library under the old version of the file: importing that version again brings them back. The corrections that still fit were kept.</source>
        <translation>这些更正仍按文件的旧版本保存在文库中：再次导入该版本即可恢复。仍然适用的更正已保留。</translation>
    </message>
    <message>
        <source>They are kept in the library under the old version of each file: importing that version again brings them back. The corrections that still fit were kept.</source>
        <translation>这些更正仍按各文件的旧版本保存在文库中：再次导入该版本即可恢复。仍然适用的更正已保留。</translation>
    </message>
    <message>
        <source>Some corrections were not kept</source>
        <translation>部分更正未保留</translation>
    </message>
</context>
<context>
    <name>Broadsheet::IssueCalendar</name>
    <message>
        <source>Issues by date</source>
        <translation>按日期浏览期次</translation>
    </message>
    <message numerus="yes">
        <source>%n issue(s)</source>
        <translation>
            <numerusform>%n 期</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Broadsheet::IssueParser</name>
    <message>
        <source>%1: no such file.</source>
        <translation>%1：文件不存在。</translation>
    </message>
    <message>
        <source>%1 is a folder, not an issue file.</source>
        <translation>%1 是文件夹，不是报纸文本文件。</translation>
    </message>
    <message>
        <source>%1 is too large (%2 MB); issue files larger than %3 MB are refused.</source>
        <translation>%1 过大（%2 MB）；不接受大于 %3 MB 的报纸文本文件。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The file is too large; issue files larger than %1 MB are refused.</source>
        <translation>文件过大；不接受大于 %1 MB 的报纸文本文件。</translation>
    </message>
    <message>
        <source>The file contains no text.</source>
        <translation>文件中没有任何文字。</translation>
    </message>
    <message>
        <source>No articles were found in the file.</source>
        <translation>文件中未找到任何文章。</translation>
    </message>
    <message>
        <source>The text breaks off mid-sentence at line %1; the rest is not in this file (it continues elsewhere).</source>
        <translation>正文在第 %1 行一句话未完处中断；其余部分不在此文件中（在别处续完）。</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>另有 %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Undecodable bytes were replaced with � on line(s) %1.</source>
        <translation>
            <numerusform>第 %1 行中无法解码的字节已替换为 �。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a device, a pipe or a socket); issue files are regular files.</source>
        <translation>%1 不是普通文件(而是设备、管道或套接字);报纸文件应为普通文件。</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; issue files larger than that are refused.</source>
        <translation>%1 大于 %2 MB;超过此大小的报纸文件不予打开。</translation>
    </message>
</context>
<context>
    <name>Broadsheet::IssuePropertiesDialog</name>
    <message>
        <source>Issue Properties: %1</source>
        <translation>期次属性：%1</translation>
    </message>
    <message numerus="yes">
        <source>Properties of %n Issues</source>
        <translation>
            <numerusform>%n 个期次的属性</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n issue file(s)</source>
        <translation>
            <numerusform>%n 个期次文件</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Newspaper:</source>
        <translation>报纸(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Edition:</source>
        <translation>期号(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Page:</source>
        <translation>版次(&amp;P)：</translation>
    </message>
    <message>
        <source>Page na&amp;me:</source>
        <translation>版名(&amp;M)：</translation>
    </message>
    <message>
        <source>Use Detected</source>
        <translation>使用检测值</translation>
    </message>
    <message>
        <source>Forget the value you set and use the one found in the file</source>
        <translation>放弃你设定的值，改用从文件中找到的值</translation>
    </message>
    <message>
        <source>set by you</source>
        <translation>由你设定</translation>
    </message>
    <message>
        <source>detected again when you save</source>
        <translation>保存时重新检测</translation>
    </message>
    <message>
        <source>not found in the file</source>
        <translation>文件中未找到</translation>
    </message>
    <message>
        <source>from different sources</source>
        <translation>来源不一</translation>
    </message>
    <message>
        <source>from the text</source>
        <translation>取自正文</translation>
    </message>
    <message>
        <source>from the file name</source>
        <translation>取自文件名</translation>
    </message>
    <message>
        <source>guessed from the file&apos;s date</source>
        <translation>据文件日期推测</translation>
    </message>
    <message>
        <source>a guess</source>
        <translation>推测</translation>
    </message>
    <message>
        <source>Detected value</source>
        <translation>检测值</translation>
    </message>
    <message>
        <source>(several values)</source>
        <translation>（多个值）</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未设定</translation>
    </message>
</context>
<context>
    <name>Broadsheet::Library</name>
    <message>
        <source>%1 is a folder, not a library file.</source>
        <translation>%1 是文件夹，不是资料库文件。</translation>
    </message>
    <message>
        <source>The library %1 cannot be read (permission denied).</source>
        <translation>无法读取资料库 %1（权限不足）。</translation>
    </message>
    <message>
        <source>There is no library at %1.</source>
        <translation>%1 处没有资料库。</translation>
    </message>
    <message>
        <source>The folder for the library %1 cannot be created.</source>
        <translation>无法创建资料库 %1 所在的文件夹。</translation>
    </message>
    <message>
        <source>The library %1 is read-only: it can be read but not changed.</source>
        <translation>资料库 %1 是只读的：只能读取，不能修改。</translation>
    </message>
    <message>
        <source>open the library</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>The SQLite driver of Qt is not available.</source>
        <translation>Qt 的 SQLite 驱动不可用。</translation>
    </message>
    <message>
        <source>The library %1 is in use by another program; try again when it is done.</source>
        <translation>资料库 %1 正被其他程序使用；请等该程序用完后再试。</translation>
    </message>
    <message>
        <source>%1 is not a Broadsheet library, or it is damaged. It was left untouched.</source>
        <translation>%1 不是 Broadsheet 资料库，或者已损坏。该文件未作任何改动。</translation>
    </message>
    <message>
        <source>The disk holding the library %1 is full.</source>
        <translation>资料库 %1 所在的磁盘已满。</translation>
    </message>
    <message>
        <source>The library %1 cannot be opened.</source>
        <translation>无法打开资料库 %1。</translation>
    </message>
    <message>
        <source>The library %1 could not %2: %3</source>
        <translation>资料库 %1 无法%2：%3</translation>
    </message>
    <message>
        <source>run %1</source>
        <translation>执行 %1</translation>
    </message>
    <message>
        <source>read its version</source>
        <translation>读取版本信息</translation>
    </message>
    <message>
        <source>%1 is a database, but not a Broadsheet library. It was left untouched.</source>
        <translation>%1 是数据库，但不是 Broadsheet 资料库。该文件未作任何改动。</translation>
    </message>
    <message>
        <source>The library %1 was written by a newer version of Broadsheet (library format %2; this version reads up to %3). It was left untouched.</source>
        <translation>资料库 %1 由更新版本的 Broadsheet 写入（资料库格式 %2；当前版本最高只能读取格式 %3）。该文件未作任何改动。</translation>
    </message>
    <message>
        <source>The upgrade to library format %1 is missing.</source>
        <translation>缺少升级到资料库格式 %1 的步骤。</translation>
    </message>
    <message>
        <source>index its articles</source>
        <translation>为文章建立索引</translation>
    </message>
    <message>
        <source>look up the file</source>
        <translation>查找文件</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: no articles were found in it, so it was not imported.</source>
        <translation>%1：其中未找到任何文章，因此未导入。</translation>
    </message>
    <message>
        <source>%1: no such file or folder.</source>
        <translation>%1：文件或文件夹不存在。</translation>
    </message>
    <message>
        <source>check its integrity</source>
        <translation>检查完整性</translation>
    </message>
    <message>
        <source>The library %1 is damaged: %2</source>
        <translation>资料库 %1 已损坏：%2</translation>
    </message>
    <message>
        <source>The library %1 is damaged: rows refer to missing rows.</source>
        <translation>资料库 %1 已损坏：有记录引用了不存在的记录。</translation>
    </message>
    <message>
        <source>update the search index</source>
        <translation>更新搜索索引</translation>
    </message>
    <message>
        <source>remove an issue</source>
        <translation>移除报纸</translation>
    </message>
    <message>
        <source>store the issue</source>
        <translation>保存报纸</translation>
    </message>
    <message>
        <source>list its issues</source>
        <translation>列出报纸</translation>
    </message>
    <message>
        <source>read an issue</source>
        <translation>读取报纸</translation>
    </message>
    <message>
        <source>The issue is no longer in the library.</source>
        <translation>这期报纸已不在资料库中。</translation>
    </message>
    <message>
        <source>read a section</source>
        <translation>读取版面</translation>
    </message>
    <message>
        <source>read an article</source>
        <translation>读取文章</translation>
    </message>
    <message>
        <source>The article is no longer in the library.</source>
        <translation>这篇文章已不在资料库中。</translation>
    </message>
    <message>
        <source>search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>The search index of %1 is damaged.</source>
        <translation>资料库 %1 的搜索索引已损坏。</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver uses SQLite %1, but Broadsheet was built with SQLite %2; the library cannot be searched. Install Broadsheet built for this system.</source>
        <translation>Qt 的 SQLite 驱动使用 SQLite %1,而 Broadsheet 是用 SQLite %2 构建的,因此无法检索资料库。请安装为本系统构建的 Broadsheet。</translation>
    </message>
    <message>
        <source>The search was stopped.</source>
        <translation>搜索已停止。</translation>
    </message>
    <message>
        <source>use its write-ahead log</source>
        <translation>使用其预写日志</translation>
    </message>
    <message>
        <source>read its settings</source>
        <translation>读取其设置</translation>
    </message>
    <message>
        <source>rebuild its search index</source>
        <translation>重建其搜索索引</translation>
    </message>
    <message>
        <source>The library %1 is in library format %2 and needs an upgrade to format %3, which cannot be done read-only: open it once with write access (in Broadsheet, or with broadsheet-cli import).</source>
        <translation>资料库 %1 为第 %2 版格式，需要升级到第 %3 版，但以只读方式打开时无法升级：请以可写方式打开一次（在 Broadsheet 中，或用 broadsheet-cli import）。</translation>
    </message>
    <message>
        <source>The library %1 is damaged: the counts of its archive are wrong.</source>
        <translation>资料库 %1 已损坏：报纸归档的计数有误。</translation>
    </message>
    <message>
        <source>read what the user set</source>
        <translation>读取用户设置的信息</translation>
    </message>
    <message>
        <source>keep what the user set</source>
        <translation>保留用户设置的信息</translation>
    </message>
    <message>
        <source>store the pages</source>
        <translation>保存版面</translation>
    </message>
    <message>
        <source>store the issue&apos;s details</source>
        <translation>保存报纸信息</translation>
    </message>
    <message>
        <source>look up the issue&apos;s pages</source>
        <translation>查找报纸的版面</translation>
    </message>
    <message>
        <source>upgrade the library</source>
        <translation>升级资料库</translation>
    </message>
    <message>
        <source>store what the user set</source>
        <translation>保存用户设置的信息</translation>
    </message>
    <message>
        <source>list its newspapers</source>
        <translation>列出报纸种类</translation>
    </message>
    <message>
        <source>list the years of a newspaper</source>
        <translation>列出报纸的年份</translation>
    </message>
    <message>
        <source>list the months of a newspaper</source>
        <translation>列出报纸的月份</translation>
    </message>
    <message>
        <source>list the issues of a newspaper</source>
        <translation>列出报纸的各期</translation>
    </message>
    <message>
        <source>list the pages of an issue</source>
        <translation>列出一期报纸的版面</translation>
    </message>
    <message>
        <source>read a page</source>
        <translation>读取版面</translation>
    </message>
    <message>
        <source>list the days of the issues</source>
        <translation>列出出版日期</translation>
    </message>
    <message>
        <source>find the next issue</source>
        <translation>查找相邻的一期</translation>
    </message>
    <message>
        <source>Type what to find: the timeline counts the articles that match it.</source>
        <translation>请输入要查找的内容：时间线统计与之匹配的文章。</translation>
    </message>
    <message>
        <source>timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>A tag cannot be empty.</source>
        <translation>标签不能为空。</translation>
    </message>
    <message>
        <source>read articles</source>
        <translation>读取文章</translation>
    </message>
    <message>
        <source>There is no article %1 in the library.</source>
        <translation>文库中没有文章 %1。</translation>
    </message>
    <message>
        <source>read its collections</source>
        <translation>读取收藏夹</translation>
    </message>
    <message>
        <source>A collection needs a name.</source>
        <translation>收藏夹需要一个名称。</translation>
    </message>
    <message>
        <source>create a collection</source>
        <translation>创建收藏夹</translation>
    </message>
    <message>
        <source>The collection is no longer in the library.</source>
        <translation>这个收藏夹已不在文库中。</translation>
    </message>
    <message>
        <source>There is already a collection named “%1”.</source>
        <translation>已有名为“%1”的收藏夹。</translation>
    </message>
    <message>
        <source>rename a collection</source>
        <translation>重命名收藏夹</translation>
    </message>
    <message>
        <source>remove a collection</source>
        <translation>删除收藏夹</translation>
    </message>
    <message>
        <source>The library %1 could not read its collections.</source>
        <translation>文库 %1 无法读取其收藏夹。</translation>
    </message>
    <message>
        <source>add to a collection</source>
        <translation>加入收藏夹</translation>
    </message>
    <message>
        <source>remove from a collection</source>
        <translation>从收藏夹移除</translation>
    </message>
    <message>
        <source>read a collection</source>
        <translation>读取收藏夹</translation>
    </message>
    <message>
        <source>read its tags</source>
        <translation>读取标签</translation>
    </message>
    <message>
        <source>tag articles</source>
        <translation>为文章加标签</translation>
    </message>
    <message>
        <source>remove tags</source>
        <translation>移除标签</translation>
    </message>
    <message>
        <source>store a note</source>
        <translation>保存笔记</translation>
    </message>
    <message>
        <source>The library %1 could not read the article&apos;s collections, tags and note.</source>
        <translation>文库 %1 无法读取这篇文章的收藏夹、标签和笔记。</translation>
    </message>
    <message>
        <source>read its notes</source>
        <translation>读取笔记</translation>
    </message>
    <message>
        <source>The library %1 could not read the articles&apos; collections, tags and notes.</source>
        <translation>文库 %1 无法读取这些文章的收藏夹、标签和笔记。</translation>
    </message>
    <message>
        <source>export its collections</source>
        <translation>导出收藏夹</translation>
    </message>
    <message>
        <source>export its tags</source>
        <translation>导出标签</translation>
    </message>
    <message>
        <source>export its notes</source>
        <translation>导出笔记</translation>
    </message>
    <message>
        <source>The desk file cannot be read: %1 %2. Nothing was imported.</source>
        <translation>无法读取书桌文件：%1%2。未导入任何内容。</translation>
    </message>
    <message>
        <source>does not name its file (sha256: 64 hexadecimal digits)</source>
        <translation>没有指明其文件（sha256：64 位十六进制数）</translation>
    </message>
    <message>
        <source>has no first_line (a whole number)</source>
        <translation>没有 first_line（一个整数）</translation>
    </message>
    <message>
        <source>has a %1 that is not a date and time</source>
        <translation>的 %1 不是日期时间</translation>
    </message>
    <message>
        <source>has a %1 that is not a list</source>
        <translation>的 %1 不是列表</translation>
    </message>
    <message>
        <source>The desk file is not JSON (%1 at character %2). Nothing was imported.</source>
        <translation>书桌文件不是 JSON（第 %2 个字符处：%1）。未导入任何内容。</translation>
    </message>
    <message>
        <source>This is not a Broadsheet desk file (its &quot;format&quot; is not &quot;broadsheet-desk&quot;). Nothing was imported.</source>
        <translation>这不是 Broadsheet 的书桌文件（其 &quot;format&quot; 不是 &quot;broadsheet-desk&quot;）。未导入任何内容。</translation>
    </message>
    <message>
        <source>The desk file was written by a newer version of Broadsheet (desk format %1; this version reads %2). Nothing was imported.</source>
        <translation>这个书桌文件由更新版本的 Broadsheet 写成（书桌格式 %1；本版本可读 %2）。未导入任何内容。</translation>
    </message>
    <message>
        <source>its</source>
        <translation>其</translation>
    </message>
    <message>
        <source>&quot;version&quot; is missing</source>
        <translation>缺少 &quot;version&quot;</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>collection %1</source>
        <translation>收藏夹 %1</translation>
    </message>
    <message>
        <source>has no name</source>
        <translation>没有名称</translation>
    </message>
    <message>
        <source>article %1 of the collection “%2”</source>
        <translation>收藏夹“%2”的第 %1 篇文章</translation>
    </message>
    <message>
        <source>tag entry %1</source>
        <translation>标签条目 %1</translation>
    </message>
    <message>
        <source>has a tag that is not a name</source>
        <translation>有一个不是名称的标签</translation>
    </message>
    <message>
        <source>note %1</source>
        <translation>笔记 %1</translation>
    </message>
    <message>
        <source>has no text</source>
        <translation>没有文本</translation>
    </message>
    <message>
        <source>import a collection</source>
        <translation>导入收藏夹</translation>
    </message>
    <message>
        <source>import tags</source>
        <translation>导入标签</translation>
    </message>
    <message>
        <source>import notes</source>
        <translation>导入笔记</translation>
    </message>
    <message>
        <source>import the desk</source>
        <translation>导入书桌文件</translation>
    </message>
    <message>
        <source>The issue&apos;s file %1 is no longer there. Corrections are made on the file as it was imported: put it back, or import it from where it is now.</source>
        <translation>这一期的文件 %1 已不存在。更正是基于导入时的文件进行的：请将其放回原处，或从其当前位置重新导入。</translation>
    </message>
    <message>
        <source>The issue&apos;s file %1 has changed since it was imported. Corrections are made on the file as it was imported: import it again first.</source>
        <translation>这一期的文件 %1 自导入以来已更改。更正是基于导入时的文件进行的：请先重新导入该文件。</translation>
    </message>
    <message>
        <source>read the corrections</source>
        <translation>读取更正</translation>
    </message>
    <message>
        <source>The corrections the library %1 holds for a file cannot be read: %2</source>
        <translation>文库 %1 中为某个文件保存的更正无法读取：%2</translation>
    </message>
    <message>
        <source>store the corrections</source>
        <translation>存储更正</translation>
    </message>
    <message>
        <source>The corrections are for a file that is not in the library (sha256 %1): import that issue file first.</source>
        <translation>这些更正所针对的文件不在文库中（sha256 %1）：请先导入该报纸文件。</translation>
    </message>
    <message>
        <source>look for the issue of the same page</source>
        <translation>查找同一版面的期次</translation>
    </message>
    <message>
        <source>keep the issue&apos;s companion files</source>
        <translation>保留期次的配套文件</translation>
    </message>
    <message>
        <source>store the file with the issue of its page</source>
        <translation>将文件并入其版面的期次</translation>
    </message>
    <message>
        <source>look up the issue&apos;s e-paper PDF</source>
        <translation>查找期次的电子报 PDF</translation>
    </message>
    <message>
        <source>The issue&apos;s e-paper PDF %1 is no longer there: put it back, or import it from where it is now.</source>
        <translation>该期次的电子报 PDF %1 已不在原处：请放回原处，或从现在的位置重新导入。</translation>
    </message>
    <message>
        <source>The issue&apos;s e-paper PDF %1 has changed since it was imported: import it again to see its page.</source>
        <translation>该期次的电子报 PDF %1 在导入后已被修改：请重新导入以查看其版面。</translation>
    </message>
</context>
<context>
    <name>Broadsheet::LibraryModel</name>
    <message numerus="yes">
        <source>%1&lt;br&gt;%2 · %n article(s)&lt;br&gt;Imported %3</source>
        <translation>
            <numerusform>%1&lt;br&gt;%2 · %n 篇文章&lt;br&gt;导入于 %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Articles the issue prints before naming a section</source>
        <translation>报纸在第一个版面名称之前刊登的文章</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message numerus="yes">
        <source>%n doubtful spot(s)</source>
        <translation>
            <numerusform>%n 个存疑之处</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n doubtful</source>
        <comment>a tree row&apos;s doubtful spots, after its count</comment>
        <translation>
            <numerusform>%n 处存疑</numerusform>
        </translation>
    </message>
    <message>
        <source>corrected</source>
        <comment>a tree row&apos;s issue has corrections of the reader&apos;s</comment>
        <translation>已更正</translation>
    </message>
    <message numerus="yes">
        <source>%n correction(s) of yours</source>
        <translation>
            <numerusform>你的 %n 条更正</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Broadsheet::MainWindow</name>
    <message>
        <source>Cannot read the library</source>
        <translation>无法读取资料库</translation>
    </message>
    <message>
        <source>No article open</source>
        <translation>未打开文章</translation>
    </message>
    <message>
        <source>Open an issue file with File ▸ Open… (Ctrl+O), or drop files or folders on this window.</source>
        <translation>请通过“文件 ▸ 打开…”（Ctrl+O）打开报纸文本文件，或将文件或文件夹拖放到此窗口。</translation>
    </message>
    <message>
        <source>Issues and articles</source>
        <translation>报纸和文章</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>S&amp;epia</source>
        <translation>护眼米黄(&amp;E)</translation>
    </message>
    <message>
        <source>Cannot use the library</source>
        <translation>无法使用资料库</translation>
    </message>
    <message>
        <source>Nothing in the file was changed. You can open another library or create a new one.</source>
        <translation>该文件未作任何改动。您可以打开其他资料库，或新建一个资料库。</translation>
    </message>
    <message>
        <source>Open Another Library…</source>
        <translation>打开其他资料库…</translation>
    </message>
    <message>
        <source>Create New Library…</source>
        <translation>新建资料库…</translation>
    </message>
    <message>
        <source>Open Library</source>
        <translation>打开资料库</translation>
    </message>
    <message>
        <source>Broadsheet libraries (*.sqlite);;All files (*)</source>
        <translation>Broadsheet 资料库 (*.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Create Library</source>
        <translation>新建资料库</translation>
    </message>
    <message>
        <source>Broadsheet libraries (*.sqlite)</source>
        <translation>Broadsheet 资料库 (*.sqlite)</translation>
    </message>
    <message>
        <source>Cannot create the library</source>
        <translation>无法新建资料库</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name.</source>
        <translation>%1 已存在，请另选一个文件名。</translation>
    </message>
    <message>
        <source>Open Issues</source>
        <translation>打开报纸</translation>
    </message>
    <message numerus="yes">
        <source>Opening %n file(s)…</source>
        <translation>
            <numerusform>正在打开 %n 个文件…</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding issues to the library…</source>
        <translation>正在将报纸添加到资料库…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Opening Issues</source>
        <translation>正在打开报纸</translation>
    </message>
    <message>
        <source>Adding %1…</source>
        <translation>正在添加 %1…</translation>
    </message>
    <message numerus="yes">
        <source>Added %n issue(s) to the library.</source>
        <translation>
            <numerusform>已将 %n 期报纸添加到资料库。</numerusform>
        </translation>
    </message>
    <message>
        <source>Some files could not be opened</source>
        <translation>部分文件无法打开</translation>
    </message>
    <message>
        <source>Opening was cancelled; the issues added so far stay.</source>
        <translation>已取消打开；已添加的报纸仍会保留。</translation>
    </message>
    <message>
        <source>Cannot show the article</source>
        <translation>无法显示文章</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Remove Issue</source>
        <translation>移除报纸</translation>
    </message>
    <message numerus="yes">
        <source>Remove “%1” and its %n article(s) from the library?</source>
        <translation>
            <numerusform>要从资料库中移除“%1”及其 %n 篇文章吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot remove the issue</source>
        <translation>无法移除报纸</translation>
    </message>
    <message>
        <source>The issue was removed</source>
        <translation>报纸已移除</translation>
    </message>
    <message>
        <source>Its file was not touched; open it again to read it.</source>
        <translation>报纸文本文件本身未受影响；如需阅读，请重新打开该文件。</translation>
    </message>
    <message>
        <source>Library: %1</source>
        <translation>资料库：%1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n 篇文章</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n 个字符</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation>%1 已不存在。</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
    <message>
        <source>About Broadsheet</source>
        <translation>关于 Broadsheet</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Broadsheet %1&lt;/h3&gt;&lt;p&gt;A reader for newspaper issues: it turns the text of an e-paper issue back into articles you can read, search and export.&lt;/p&gt;&lt;p&gt;Library: &lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Built with Qt %3 (LGPL v3) and SQLite (public domain). The reading pane and PDF export use the AR PL UMing (Arphic Public License) and WenQuanYi Zen Hei (GPL v2 with font exception) fonts where they are installed.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Broadsheet %1&lt;/h3&gt;&lt;p&gt;一款报纸阅读器：它把电子报的文本还原成一篇篇文章，供您阅读、搜索和导出。&lt;/p&gt;&lt;p&gt;资料库：&lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;&lt;p&gt;基于 Qt %3（LGPL v3）和 SQLite（公有领域）构建。如果系统中安装了 AR PL UMing（Arphic Public License）和 WenQuanYi Zen Hei（GPL v2，附字体例外条款）字体，阅读窗格和 PDF 导出将使用这些字体。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Broadsheet will use the new language when it next starts.</source>
        <translation>Broadsheet 将在下次启动时使用新的语言。</translation>
    </message>
    <message>
        <source>Read-only library</source>
        <translation>只读资料库</translation>
    </message>
    <message>
        <source>This library can be read and searched, but issues cannot be added to it or removed from it.</source>
        <translation>此资料库可以阅读和检索,但不能添加或移除报纸。</translation>
    </message>
    <message>
        <source>The library %1 is read-only: you can read and search it, but not add issues to it.</source>
        <translation>资料库 %1 是只读的:可以阅读和检索,但不能向其中添加报纸。</translation>
    </message>
    <message>
        <source>Cannot add issues</source>
        <translation>无法添加报纸</translation>
    </message>
    <message>
        <source>The library %1 is read-only. Open or create another library with File ▸ Open Library… to add issues.</source>
        <translation>资料库 %1 是只读的。请通过“文件 ▸ 打开资料库…”打开或新建另一个资料库后再添加报纸。</translation>
    </message>
    <message>
        <source>Updating the search index of the library for this version of Broadsheet…</source>
        <translation>正在为此版本的 Broadsheet 更新资料库的搜索索引…</translation>
    </message>
    <message>
        <source>Updating the Library</source>
        <translation>正在更新资料库</translation>
    </message>
    <message>
        <source>The library %1 is read-only, and its search index was made by another version of Broadsheet: search may miss articles.</source>
        <translation>资料库 %1 为只读,且其搜索索引由其他版本的 Broadsheet 建立:搜索可能遗漏文章。</translation>
    </message>
    <message numerus="yes">
        <source>Updated %n changed issue(s).</source>
        <translation>
            <numerusform>已更新 %n 期有改动的报纸。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n issue(s) already in the library.</source>
        <translation>
            <numerusform>%n 期报纸已在资料库中。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot show the contents</source>
        <translation>无法显示目录</translation>
    </message>
    <message>
        <source>%1 — Broadsheet</source>
        <translation>%1 — Broadsheet</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message numerus="yes">
        <source>%n issue(s)</source>
        <translation>
            <numerusform>%n 期</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a day in the tree or in the calendar to see its contents.</source>
        <translation>在目录树或日历中打开某一天，查看当天的内容。</translation>
    </message>
    <message>
        <source>Cannot change the issues</source>
        <translation>无法修改期次</translation>
    </message>
    <message numerus="yes">
        <source>Changed %n issue file(s).</source>
        <translation>
            <numerusform>已修改 %n 个期次文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Chart Over Time…</source>
        <translation>随时间变化图(&amp;C)…</translation>
    </message>
    <message>
        <source>How often the search&apos;s words appear over time</source>
        <translation>搜索词随时间出现的频率</translation>
    </message>
    <message numerus="yes">
        <source>%n collection(s)</source>
        <translation>
            <numerusform>%n 个收藏夹</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to &amp;Collection…</source>
        <translation>加入收藏夹(&amp;C)…</translation>
    </message>
    <message>
        <source>Add the article, or the articles selected, to a collection</source>
        <translation>把这篇文章或所选文章加入收藏夹</translation>
    </message>
    <message>
        <source>&amp;Remove from Collection</source>
        <translation>从收藏夹移除(&amp;R)</translation>
    </message>
    <message>
        <source>Take the articles selected out of the collection shown (they stay in the library)</source>
        <translation>把所选文章移出当前收藏夹（文章仍留在文库中）</translation>
    </message>
    <message>
        <source>&amp;Tags…</source>
        <translation>标签(&amp;T)…</translation>
    </message>
    <message>
        <source>Tag the article, or the articles selected</source>
        <translation>为这篇文章或所选文章加标签</translation>
    </message>
    <message>
        <source>Edit &amp;Note…</source>
        <translation>编辑笔记(&amp;N)…</translation>
    </message>
    <message>
        <source>Write a note on the article</source>
        <translation>为这篇文章写笔记</translation>
    </message>
    <message>
        <source>Copy Ci&amp;tation</source>
        <translation>复制引文(&amp;T)</translation>
    </message>
    <message>
        <source>Copy a citation of the article (GB/T 7714) to the clipboard</source>
        <translation>把这篇文章的引文（GB/T 7714）复制到剪贴板</translation>
    </message>
    <message>
        <source>Copy Citation (C&amp;hicago Style)</source>
        <translation>复制引文（芝加哥格式）(&amp;H)</translation>
    </message>
    <message>
        <source>Copy a citation of the article (Chicago style) to the clipboard</source>
        <translation>把这篇文章的引文（芝加哥格式）复制到剪贴板</translation>
    </message>
    <message>
        <source>Export &amp;Articles…</source>
        <translation>导出文章(&amp;A)…</translation>
    </message>
    <message>
        <source>Export a collection, the search results or the articles selected as RIS, CSL-JSON, CSV, Markdown or EPUB</source>
        <translation>把收藏夹、搜索结果或所选文章导出为 RIS、CSL-JSON、CSV、Markdown 或 EPUB</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>文章(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>重命名(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Remove Collection</source>
        <translation>删除收藏夹(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Export Collection…</source>
        <translation>导出收藏夹(&amp;E)…</translation>
    </message>
    <message>
        <source>Cannot make the collection</source>
        <translation>无法创建收藏夹</translation>
    </message>
    <message>
        <source>Cannot add to the collection</source>
        <translation>无法加入收藏夹</translation>
    </message>
    <message numerus="yes">
        <source>Added %n article(s) to “%1”.</source>
        <translation>
            <numerusform>已将 %n 篇文章加入“%1”。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot change the collection</source>
        <translation>无法修改收藏夹</translation>
    </message>
    <message numerus="yes">
        <source>Took %n article(s) out of “%1”.</source>
        <translation>
            <numerusform>已将 %n 篇文章移出“%1”。</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename Collection</source>
        <translation>重命名收藏夹</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Cannot rename the collection</source>
        <translation>无法重命名收藏夹</translation>
    </message>
    <message>
        <source>Renamed “%1” to “%2”.</source>
        <translation>已将“%1”重命名为“%2”。</translation>
    </message>
    <message>
        <source>Remove Collection</source>
        <translation>删除收藏夹</translation>
    </message>
    <message numerus="yes">
        <source>Remove the collection “%1”? Its %n article(s) stay in the library.</source>
        <translation>
            <numerusform>删除收藏夹“%1”吗？其中的 %n 篇文章仍留在文库中。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot remove the collection</source>
        <translation>无法删除收藏夹</translation>
    </message>
    <message>
        <source>Removed the collection “%1”.</source>
        <translation>已删除收藏夹“%1”。</translation>
    </message>
    <message>
        <source>Cannot tag the articles</source>
        <translation>无法为文章加标签</translation>
    </message>
    <message numerus="yes">
        <source>Changed the tags of %n article(s).</source>
        <translation>
            <numerusform>已修改 %n 篇文章的标签。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot save the note</source>
        <translation>无法保存笔记</translation>
    </message>
    <message>
        <source>Removed the note.</source>
        <translation>已删除笔记。</translation>
    </message>
    <message>
        <source>Saved the note.</source>
        <translation>已保存笔记。</translation>
    </message>
    <message>
        <source>Chicago</source>
        <translation>芝加哥格式</translation>
    </message>
    <message>
        <source>GB/T 7714</source>
        <translation>GB/T 7714</translation>
    </message>
    <message>
        <source>Copied the citation (%1): %2</source>
        <translation>已复制引文（%1）：%2</translation>
    </message>
    <message>
        <source>The collection “%1”</source>
        <translation>收藏夹“%1”</translation>
    </message>
    <message>
        <source>The search results selected</source>
        <translation>所选的搜索结果</translation>
    </message>
    <message>
        <source>The search results for “%1”</source>
        <translation>“%1”的搜索结果</translation>
    </message>
    <message>
        <source>The articles selected</source>
        <translation>所选的文章</translation>
    </message>
    <message>
        <source>Nothing to export: select articles, a collection or search results first.</source>
        <translation>没有可导出的内容：请先选择文章、收藏夹或搜索结果。</translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n article(s)…</source>
        <translation>
            <numerusform>正在导出 %n 篇文章…</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message>
        <source>Cannot export the articles</source>
        <translation>无法导出文章</translation>
    </message>
    <message numerus="yes">
        <source>Remove these %n issue files and their articles from the library? The files on disk are not touched.</source>
        <translation>
            <numerusform>要从资料库中移除这 %n 个期次文件及其文章吗？磁盘上的文件不受影响。</numerusform>
        </translation>
    </message>
    <message>
        <source>Issue files and e-paper PDFs (*.txt *.pdf);;E-paper PDFs (*.pdf);;All files (*)</source>
        <translation>报纸文本文件和电子报 PDF (*.txt *.pdf);;电子报 PDF (*.pdf);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) joined the issue of the same page (an e-paper PDF and its text).</source>
        <translation>
            <numerusform>%n 个文件并入了同一版面的期次（电子报 PDF 与其文本）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Broadsheet::MarkdownExporter</name>
    <message>
        <source>Tags: %1</source>
        <translation>标签：%1</translation>
    </message>
</context>
<context>
    <name>Broadsheet::NoteDialog</name>
    <message>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>Note on “%1”</source>
        <translation>关于“%1”的笔记</translation>
    </message>
    <message>
        <source>Blank lines part paragraphs; **bold**, *italic*, and lines starting with - make a list. An empty note is removed.</source>
        <translation>空行分隔段落；**粗体**、*斜体*，以 - 开头的行构成列表。笔记为空即删除。</translation>
    </message>
</context>
<context>
    <name>Broadsheet::OptionalDateEdit</name>
    <message>
        <source>Any</source>
        <translation>不限</translation>
    </message>
</context>
<context>
    <name>Broadsheet::PageCanvas</name>
    <message>
        <source>Page</source>
        <translation>版面</translation>
    </message>
    <message>
        <source>Untitled article</source>
        <translation>无标题文章</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Click to read the article.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;点击阅读这篇文章。</translation>
    </message>
    <message>
        <source>Rendering page %1…</source>
        <translation>正在绘制第 %1 页…</translation>
    </message>
</context>
<context>
    <name>Broadsheet::PageController</name>
    <message>
        <source>&amp;Page</source>
        <translation>版面(&amp;P)</translation>
    </message>
    <message>
        <source>Show on Pa&amp;ge</source>
        <translation>在版面上显示(&amp;G)</translation>
    </message>
    <message>
        <source>Show the e-paper page beside the article, with each article&apos;s place on it</source>
        <translation>在文章旁显示电子报版面，并标出每篇文章在版面上的位置</translation>
    </message>
    <message>
        <source>Show the page the article stands on, with the article outlined</source>
        <translation>显示文章所在的版面，并框出这篇文章</translation>
    </message>
    <message>
        <source>Open an article of an issue read from an e-paper PDF to see its page.</source>
        <translation>打开一篇来自电子报 PDF 的文章即可查看其版面。</translation>
    </message>
    <message>
        <source>This issue was read from a text file, which has no pages to show. Import its e-paper PDF to see the page.</source>
        <translation>这一期读自文本文件，没有可显示的版面。导入它的电子报 PDF 即可查看版面。</translation>
    </message>
    <message>
        <source>Finding the articles on the page…</source>
        <translation>正在查找版面上的文章…</translation>
    </message>
</context>
<context>
    <name>Broadsheet::PageView</name>
    <message>
        <source>Page view</source>
        <translation>版面视图</translation>
    </message>
    <message>
        <source>Note on the page</source>
        <translation>版面提示</translation>
    </message>
    <message>
        <source>Printed page</source>
        <translation>印刷版面</translation>
    </message>
    <message>
        <source>Page tools</source>
        <translation>版面工具</translation>
    </message>
    <message>
        <source>Previous Page</source>
        <translation>上一版</translation>
    </message>
    <message>
        <source>Next Page</source>
        <translation>下一版</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Zoom In</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Fit Width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>Actual Size</source>
        <translation>实际大小</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>页码</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>缩放</translation>
    </message>
    <message>
        <source>There is not enough memory to show %1.</source>
        <translation>内存不足，无法显示 %1。</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>共 %1 页</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
</context>
<context>
    <name>Broadsheet::ParagraphBuilder</name>
    <message>
        <source>Dropped a repeated fragment of %1 characters at line %2.</source>
        <translation>已删除第 %2 行中重复出现的片段（%1 个字符）。</translation>
    </message>
</context>
<context>
    <name>Broadsheet::PdfExporter</name>
    <message>
        <source>There is no output device to draw on.</source>
        <translation>没有可供绘制的输出设备。</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>There is nothing to export: no article was chosen.</source>
        <translation>没有可导出的内容：未选择任何文章。</translation>
    </message>
    <message>
        <source>The pages could not be drawn on the output device.</source>
        <translation>无法在输出设备上绘制页面。</translation>
    </message>
    <message>
        <source>A new page could not be started on the output device.</source>
        <translation>无法在输出设备上新建页面。</translation>
    </message>
</context>
<context>
    <name>Broadsheet::PdfFile</name>
    <message>
        <source>The file</source>
        <translation>该文件</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 不是文件。</translation>
    </message>
    <message>
        <source>%1 is too large to be an e-paper PDF (%2 MB).</source>
        <translation>%1 太大，不像是电子报 PDF（%2 MB）。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is empty: it is not a PDF.</source>
        <translation>%1 是空文件，不是 PDF。</translation>
    </message>
    <message>
        <source>%1 is not a PDF.</source>
        <translation>%1 不是 PDF。</translation>
    </message>
    <message>
        <source>%1 is a damaged PDF: it cannot be opened.</source>
        <translation>%1 是损坏的 PDF，无法打开。</translation>
    </message>
    <message>
        <source>%1 is locked with a password; Broadsheet cannot open it.</source>
        <translation>%1 有密码保护，Broadsheet 无法打开。</translation>
    </message>
    <message>
        <source>%1 is damaged or empty: it has no pages.</source>
        <translation>%1 已损坏或为空：没有页面。</translation>
    </message>
</context>
<context>
    <name>Broadsheet::PdfIssueText</name>
    <message>
        <source>%1 has no text layer on any page (it is probably scanned): there is no text to read, and Broadsheet does not recognise text in images.</source>
        <translation>%1 的所有页面都没有文字层（可能是扫描件）：没有可读的文字，而 Broadsheet 不识别图像中的文字。</translation>
    </message>
</context>
<context>
    <name>Broadsheet::PdfPageRenderer</name>
    <message>
        <source>%1 is damaged: page %2 cannot be read.</source>
        <translation>%1 已损坏：无法读取第 %2 页。</translation>
    </message>
</context>
<context>
    <name>Broadsheet::PdfPostProcessor</name>
    <message>
        <source>The PDF could not be completed: %1</source>
        <translation>无法完成 PDF 文件：%1</translation>
    </message>
</context>
<context>
    <name>Broadsheet::PdfTextReader</name>
    <message>
        <source>Page %1 has no text layer (it is probably a scanned image): there is no text to read on it.</source>
        <translation>第 %1 页没有文字层（可能是扫描图像）：该页没有可读的文字。</translation>
    </message>
    <message>
        <source>%1 is damaged: page %2 cannot be read.</source>
        <translation>%1 已损坏：无法读取第 %2 页。</translation>
    </message>
</context>
<context>
    <name>Broadsheet::PositionedText</name>
    <message>
        <source>The PDF reader&apos;s answer could not be read.</source>
        <translation>无法读取 PDF 读取程序返回的结果。</translation>
    </message>
    <message>
        <source>%1 is a PDF, and this program cannot read PDFs. Open it in Broadsheet or with broadsheet-cli.</source>
        <translation>%1 是 PDF，而本程序无法读取 PDF。请在 Broadsheet 中打开，或使用 broadsheet-cli。</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>该文件</translation>
    </message>
</context>
<context>
    <name>Broadsheet::SearchPanel</name>
    <message>
        <source>All issues</source>
        <translation>全部报纸</translation>
    </message>
    <message>
        <source>The current issue</source>
        <translation>当前报纸</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>This issue: %1</source>
        <translation>当前报纸：%1</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>搜索失败：%1</translation>
    </message>
    <message>
        <source>No articles contain this.</source>
        <translation>没有文章包含此内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n 篇文章</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s); the rest could not be read: %1</source>
        <translation>
            <numerusform>%n 篇文章;其余无法读取:%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>Type to search the text of every article: any characters, several words, &quot;a phrase&quot;, -word to leave out, a OR b, or title:, author:, section:, page: for one field.</source>
        <translation>输入文字即可搜索所有文章:任意字符、多个词、&quot;短语&quot;、-词 表示排除、a OR b,或用 title:、author:、section:、page: 限定字段。</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>相关度</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>最新在前</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>最早在前</translation>
    </message>
    <message>
        <source>All newspapers</source>
        <translation>所有报纸</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Filters (%1)</source>
        <translation>筛选 (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n filter(s) in force</source>
        <translation>
            <numerusform>%n 个筛选条件生效</numerusform>
        </translation>
    </message>
    <message>
        <source>No articles contain this with these filters.</source>
        <translation>在这些筛选条件下，没有文章包含这些内容。</translation>
    </message>
    <message>
        <source>Least confident first</source>
        <translation>可信度最低的在前</translation>
    </message>
</context>
<context>
    <name>Broadsheet::SearchResultsModel</name>
    <message>
        <source>In the headline and the text</source>
        <translation>见于标题和正文</translation>
    </message>
    <message>
        <source>In the headline</source>
        <translation>见于标题</translation>
    </message>
    <message>
        <source>In the text</source>
        <translation>见于正文</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <comment>the day of a search result, as QDate::toString formats it</comment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>Page %1</source>
        <comment>a newspaper&apos;s page, as in 第3版</comment>
        <translation>第%1版</translation>
    </message>
    <message>
        <source>confidence %1</source>
        <comment>a search result the parser is not sure of: its confidence, 0–1</comment>
        <translation>可信度 %1</translation>
    </message>
    <message>
        <source>Doubtful: the parser guessed somewhere in this article (confidence %1).</source>
        <translation>存疑：解析器在这篇文章中有推测之处（可信度 %1）。</translation>
    </message>
</context>
<context>
    <name>Broadsheet::SearchTokenizer</name>
    <message>
        <source>This SQLite has no full-text search (FTS5).</source>
        <translation>当前的 SQLite 不支持全文搜索（FTS5）。</translation>
    </message>
    <message>
        <source>The search tokenizer could not be registered.</source>
        <translation>无法注册搜索分词器。</translation>
    </message>
</context>
<context>
    <name>Broadsheet::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Read on a screen; past the end, the next article</source>
        <translation>向下翻一屏;到末尾后转到下一篇文章</translation>
    </message>
    <message>
        <source>Page Down, Space</source>
        <translation>Page Down、空格</translation>
    </message>
    <message>
        <source>Back a screen; past the top, the previous article</source>
        <translation>向上翻一屏;到开头后转到上一篇文章</translation>
    </message>
    <message>
        <source>Page Up, Shift+Space</source>
        <translation>Page Up、Shift+空格</translation>
    </message>
    <message>
        <source>Start or end of the article</source>
        <translation>文章开头或结尾</translation>
    </message>
    <message>
        <source>Ctrl+Home, Ctrl+End</source>
        <translation>Ctrl+Home、Ctrl+End</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>缩放</translation>
    </message>
    <message>
        <source>Ctrl+mouse wheel</source>
        <translation>Ctrl+鼠标滚轮</translation>
    </message>
    <message>
        <source>Reading pane</source>
        <translation>阅读区</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>下一处匹配</translation>
    </message>
    <message>
        <source>Enter, F3</source>
        <translation>Enter、F3</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>上一处匹配</translation>
    </message>
    <message>
        <source>Shift+Enter, Shift+F3</source>
        <translation>Shift+Enter、Shift+F3</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>关闭查找栏</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Find bar</source>
        <translation>查找栏</translation>
    </message>
    <message>
        <source>Open the article, or open and close an issue</source>
        <translation>打开文章,或展开、收起一期报纸</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Library tree</source>
        <translation>资料库目录树</translation>
    </message>
</context>
<context>
    <name>Broadsheet::SourceController</name>
    <message>
        <source>&amp;Source</source>
        <translation>源文本(&amp;S)</translation>
    </message>
    <message>
        <source>Next &amp;Doubtful Spot</source>
        <translation>下一个存疑之处(&amp;D)</translation>
    </message>
    <message>
        <source>Previous Doubtful S&amp;pot</source>
        <translation>上一个存疑之处(&amp;P)</translation>
    </message>
    <message>
        <source>Show the issue file&apos;s lines beside the article, coloured by what the parser made of them</source>
        <translation>在文章旁显示报纸文件的各行，并按解析器的解读着色</translation>
    </message>
    <message>
        <source>Go to the next place where the parser guessed</source>
        <translation>转到解析器推测的下一处</translation>
    </message>
    <message>
        <source>Go to the previous place where the parser guessed</source>
        <translation>转到解析器推测的上一处</translation>
    </message>
    <message>
        <source>No issue open</source>
        <translation>未打开任何一期</translation>
    </message>
    <message>
        <source>Open an article to see its issue&apos;s file.</source>
        <translation>打开一篇文章以查看其所在期的文件。</translation>
    </message>
    <message>
        <source>Cannot show the file</source>
        <translation>无法显示文件</translation>
    </message>
</context>
<context>
    <name>Broadsheet::SourcePane</name>
    <message>
        <source>Colours of the roles</source>
        <translation>角色颜色</translation>
    </message>
    <message>
        <source>rejoined paragraph</source>
        <translation>已接续的段落</translation>
    </message>
</context>
<context>
    <name>Broadsheet::SourceView</name>
    <message>
        <source>Source</source>
        <translation>源文本</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>空行</translation>
    </message>
    <message>
        <source>Masthead</source>
        <translation>报头</translation>
    </message>
    <message>
        <source>Page marker</source>
        <translation>版面标记</translation>
    </message>
    <message>
        <source>Banner</source>
        <translation>栏目</translation>
    </message>
    <message>
        <source>Group heading</source>
        <translation>组标题</translation>
    </message>
    <message>
        <source>Kicker</source>
        <translation>引题</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>主标题</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>副题</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>署名</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>图片说明</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>编辑署名</translation>
    </message>
    <message>
        <source>Unplaced</source>
        <translation>未归属</translation>
    </message>
    <message>
        <source>Dropped repeat</source>
        <translation>重复已删</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Article %1</source>
        <translation>文章 %1</translation>
    </message>
    <message>
        <source>Article %1: %2</source>
        <translation>文章 %1：%2</translation>
    </message>
    <message>
        <source>Paragraph %1</source>
        <translation>段落 %1</translation>
    </message>
    <message>
        <source>Caption %1</source>
        <translation>图片说明 %1</translation>
    </message>
    <message>
        <source>Continues the paragraph from line %1</source>
        <translation>接续第 %1 行的段落</translation>
    </message>
</context>
<context>
    <name>Broadsheet::TagsDialog</name>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Add a tag and press Return</source>
        <translation>输入标签后按回车</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message numerus="yes">
        <source>Tags of %n article(s):</source>
        <translation>
            <numerusform>%n 篇文章的标签：</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Broadsheet::TextDecoder</name>
    <message>
        <source>a PNG image</source>
        <translation>一张 PNG 图片</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>一张 JPEG 图片</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>一张 GIF 图片</translation>
    </message>
    <message>
        <source>a ZIP archive</source>
        <translation>一个 ZIP 压缩包</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>一份 PDF 文档</translation>
    </message>
    <message>
        <source>a gzip archive</source>
        <translation>一个 gzip 压缩包</translation>
    </message>
    <message>
        <source>a program</source>
        <translation>一个程序</translation>
    </message>
    <message>
        <source>an SQLite database</source>
        <translation>一个 SQLite 数据库</translation>
    </message>
    <message>
        <source>an Office document</source>
        <translation>一份 Office 文档</translation>
    </message>
    <message>
        <source>a RAR archive</source>
        <translation>一个 RAR 压缩包</translation>
    </message>
    <message>
        <source>a 7-Zip archive</source>
        <translation>一个 7-Zip 压缩包</translation>
    </message>
    <message>
        <source>The file is not a text file: it looks like %1.</source>
        <translation>该文件不是文本文件：它看起来是%1。</translation>
    </message>
    <message>
        <source>The file is not a text file: it contains NUL bytes.</source>
        <translation>该文件不是文本文件：其中含有 NUL 字节。</translation>
    </message>
    <message>
        <source>The file is not text in any supported encoding (UTF-8, UTF-16, GB18030, Big5).</source>
        <translation>该文件不是任何受支持编码（UTF-8、UTF-16、GB18030、Big5）的文本。</translation>
    </message>
    <message>
        <source>The file is not a text file: it contains control bytes (such as NUL) that do not occur in text.</source>
        <translation>该文件不是文本文件：其中含有文本中不会出现的控制字节（如 NUL）。</translation>
    </message>
    <message>
        <source>The file is not valid %1 text.</source>
        <translation>该文件不是有效的 %1 文本。</translation>
    </message>
    <message>
        <source>The encoding is uncertain: the file was read as %1, but it reads almost as well as %2.</source>
        <translation>编码不确定:文件按 %1 读取,但按 %2 读取也几乎同样通顺。</translation>
    </message>
</context>
<context>
    <name>Broadsheet::TimelineChart</name>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Add a word or phrase to see how often it appears over time.</source>
        <translation>添加一个词或短语，查看它随时间出现的频率。</translation>
    </message>
    <message>
        <source>Share of articles (%)</source>
        <translation>匹配文章占全部文章的比例 (%)</translation>
    </message>
    <message>
        <source>Matching articles</source>
        <translation>匹配的文章</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %3 of %n article(s) (%4%)</source>
        <translation>
            <numerusform>%1，%2：%n 篇文章中的 %3 篇 (%4%)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Broadsheet::TimelineDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Newspaper:</source>
        <translation>报纸(&amp;N)：</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>A word or phrase, as in search</source>
        <translation>一个词或短语，写法与搜索相同</translation>
    </message>
    <message>
        <source>By year</source>
        <translation>按年</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>按日</translation>
    </message>
    <message>
        <source>&amp;Counts</source>
        <translation>篇数(&amp;C)</translation>
    </message>
    <message>
        <source>The number of matching articles in each period</source>
        <translation>每个时段中匹配的文章数</translation>
    </message>
    <message>
        <source>&amp;Share</source>
        <translation>占比(&amp;S)</translation>
    </message>
    <message>
        <source>Matching articles as a part of all the articles of each period, which evens out periods with more or fewer issues</source>
        <translation>匹配文章占每个时段全部文章的比例，可以抵消各时段期次多少不一的影响</translation>
    </message>
    <message>
        <source>All newspapers</source>
        <translation>所有报纸</translation>
    </message>
    <message>
        <source>Could not count “%1”: %2</source>
        <translation>无法统计“%1”：%2</translation>
    </message>
    <message>
        <source>Counting “%1”…</source>
        <translation>正在统计“%1”…</translation>
    </message>
    <message>
        <source>Click a bar to list the articles of its period.</source>
        <translation>点击柱形可列出该时段的文章。</translation>
    </message>
    <message>
        <source>Add a word or phrase to see how often it appears over time.</source>
        <translation>添加一个词或短语，查看它随时间出现的频率。</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation>没有可显示的内容。</translation>
    </message>
    <message>
        <source>Remove “%1” from the chart</source>
        <translation>从图表中移除“%1”</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>关闭查找栏（Esc）</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>查找：</translation>
    </message>
    <message>
        <source>Find in this article</source>
        <translation>在本篇文章中查找</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter, Shift+F3)</source>
        <translation>上一个匹配项（Shift+Enter、Shift+F3）</translation>
    </message>
    <message>
        <source>Next match (Enter, F3)</source>
        <translation>下一个匹配项（Enter、F3）</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>区分大小写(&amp;C)</translation>
    </message>
    <message>
        <source>Tell upper- and lower-case Latin letters apart (full- and half-width forms always match)</source>
        <translation>区分拉丁字母的大小写（全角与半角形式始终视为相同）</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Broadsheet</source>
        <translation>Broadsheet</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>资料库</translation>
    </message>
    <message>
        <source>Filter articles by title</source>
        <translation>按标题筛选文章</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>外观(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open issue files and add them to the library</source>
        <translation>打开报纸文本文件并将其添加到资料库</translation>
    </message>
    <message>
        <source>Open &amp;Library…</source>
        <translation>打开资料库(&amp;L)…</translation>
    </message>
    <message>
        <source>Use another library file</source>
        <translation>改用其他资料库文件</translation>
    </message>
    <message>
        <source>&amp;Export to PDF…</source>
        <translation>导出为 PDF(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the selected articles to a PDF file</source>
        <translation>将所选文章导出为 PDF 文件</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Print the selected articles</source>
        <translation>打印所选文章</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>Preview the printed pages</source>
        <translation>预览打印效果</translation>
    </message>
    <message>
        <source>&amp;Remove Issue from Library</source>
        <translation>从资料库中移除报纸(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected issue from the library (the file itself stays)</source>
        <translation>从资料库中移除所选报纸（文件本身会保留）</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Quit Broadsheet</source>
        <translation>退出 Broadsheet</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the selected text</source>
        <translation>复制所选文字</translation>
    </message>
    <message>
        <source>&amp;Find in Article…</source>
        <translation>在文章中查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Find text in the article</source>
        <translation>在文章中查找文字</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>查找下一个(&amp;N)</translation>
    </message>
    <message>
        <source>Go to the next match</source>
        <translation>转到下一个匹配项</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>查找上一个(&amp;V)</translation>
    </message>
    <message>
        <source>Go to the previous match</source>
        <translation>转到上一个匹配项</translation>
    </message>
    <message>
        <source>&amp;Search Library…</source>
        <translation>搜索资料库(&amp;S)…</translation>
    </message>
    <message>
        <source>Search the text of every article</source>
        <translation>搜索所有文章的正文</translation>
    </message>
    <message>
        <source>Filter &amp;Articles by Title</source>
        <translation>按标题筛选文章(&amp;A)</translation>
    </message>
    <message>
        <source>Narrow the tree to articles whose title contains a text</source>
        <translation>目录树中只显示标题包含指定文字的文章</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>放大文字</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>缩小文字</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>实际大小(&amp;A)</translation>
    </message>
    <message>
        <source>Text at its normal size</source>
        <translation>以正常大小显示文字</translation>
    </message>
    <message>
        <source>&amp;Previous Article</source>
        <translation>上一篇文章(&amp;P)</translation>
    </message>
    <message>
        <source>The previous article of the issue</source>
        <translation>转到本期报纸的上一篇文章</translation>
    </message>
    <message>
        <source>&amp;Next Article</source>
        <translation>下一篇文章(&amp;N)</translation>
    </message>
    <message>
        <source>The next article of the issue</source>
        <translation>转到本期报纸的下一篇文章</translation>
    </message>
    <message>
        <source>&amp;About Broadsheet</source>
        <translation>关于 Broadsheet(&amp;A)</translation>
    </message>
    <message>
        <source>Version, licences and where the library is</source>
        <translation>版本、许可证以及资料库的位置</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Every key Broadsheet answers to</source>
        <translation>Broadsheet 响应的所有按键</translation>
    </message>
    <message>
        <source>Full-Width &amp;Punctuation in Chinese</source>
        <translation>中文全角标点(&amp;P)</translation>
    </message>
    <message>
        <source>Show , ( ) : ; ! ? between Chinese characters full width, as printed; the text itself is not changed</source>
        <translation>将中文之间的 , ( ) : ; ! ? 显示为全角,如同印刷版;文字本身不变</translation>
    </message>
    <message>
        <source>Library &amp;Tree</source>
        <translation>文库目录树(&amp;T)</translation>
    </message>
    <message>
        <source>Issue &amp;Properties…</source>
        <translation>期次属性(&amp;P)…</translation>
    </message>
    <message>
        <source>Set the newspaper, date and edition of the selected issues</source>
        <translation>设定所选期次的报纸、日期和期号</translation>
    </message>
    <message>
        <source>By &amp;Newspaper</source>
        <translation>按报纸(&amp;N)</translation>
    </message>
    <message>
        <source>The library by newspaper, year, month, day and page</source>
        <translation>按报纸、年、月、日和版面排列文库</translation>
    </message>
    <message>
        <source>By &amp;File</source>
        <translation>按文件(&amp;F)</translation>
    </message>
    <message>
        <source>The library file by file, as opened</source>
        <translation>按打开的文件逐个排列文库</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>日历(&amp;C)</translation>
    </message>
    <message>
        <source>Show or hide the calendar of issues</source>
        <translation>显示或隐藏期次日历</translation>
    </message>
    <message>
        <source>Previous Pa&amp;ge</source>
        <translation>上一版(&amp;G)</translation>
    </message>
    <message>
        <source>The previous page of the issue</source>
        <translation>本期的上一个版面</translation>
    </message>
    <message>
        <source>Next &amp;Page</source>
        <translation>下一版(&amp;P)</translation>
    </message>
    <message>
        <source>The next page of the issue</source>
        <translation>本期的下一个版面</translation>
    </message>
    <message>
        <source>Pre&amp;vious Issue</source>
        <translation>上一期(&amp;V)</translation>
    </message>
    <message>
        <source>The newspaper&apos;s issue before this one</source>
        <translation>这份报纸的上一期</translation>
    </message>
    <message>
        <source>Next &amp;Issue</source>
        <translation>下一期(&amp;I)</translation>
    </message>
    <message>
        <source>The newspaper&apos;s issue after this one</source>
        <translation>这份报纸的下一期</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search every article (Ctrl+Shift+F)</source>
        <translation>搜索所有文章（Ctrl+Shift+F）</translation>
    </message>
    <message>
        <source>In:</source>
        <translation>范围：</translation>
    </message>
    <message>
        <source>Words that must all occur; &quot;a phrase&quot;; -word to leave out; a OR b; title:, author:, section:, page: for one field; &quot;a b&quot;~10 for words near each other.</source>
        <translation>必须全部出现的词;&quot;短语&quot;;-词 表示排除;a OR b;title:、author:、section:、page: 限定字段;&quot;a b&quot;~10 表示两词相邻。</translation>
    </message>
    <message>
        <source>Match script exactly</source>
        <translation>严格匹配字形</translation>
    </message>
    <message>
        <source>Off: traditional and simplified characters find each other (发展 finds 發展). On: only as typed.</source>
        <translation>关闭:繁体与简体互相查找(发展 可找到 發展)。开启:只按输入的字形查找。</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>&amp;Sort:</source>
        <translation>排序(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Newspaper:</source>
        <translation>报纸(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>The first day to search; Delete for any</source>
        <translation>搜索的起始日期；按 Delete 表示不限</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>The last day to search; Delete for any</source>
        <translation>搜索的截止日期；按 Delete 表示不限</translation>
    </message>
    <message>
        <source>&amp;Page:</source>
        <translation>版次(&amp;P)：</translation>
    </message>
    <message>
        <source>3 or A2</source>
        <translation>3 或 A2</translation>
    </message>
    <message>
        <source>The page as printed: 3 finds 第03版, A2 finds A02</source>
        <translation>按印刷的版次：3 可找到 第03版，A2 可找到 A02</translation>
    </message>
    <message>
        <source>S&amp;ection:</source>
        <translation>栏目(&amp;E)：</translation>
    </message>
    <message>
        <source>Part of the section&apos;s title, as printed</source>
        <translation>栏目标题中的一段文字，按印刷原样</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>清除筛选(&amp;C)</translation>
    </message>
    <message>
        <source>Chart over &amp;time…</source>
        <translation>随时间变化图(&amp;T)…</translation>
    </message>
    <message>
        <source>How often the search&apos;s words appear, year by year, month by month or day by day</source>
        <translation>搜索词逐年、逐月或逐日出现的频率</translation>
    </message>
    <message>
        <source>Search one newspaper, some days, a page, a section or the doubtful articles</source>
        <translation>搜索某一报纸、某些日期、某一版面、某一栏目或存疑的文章</translation>
    </message>
    <message>
        <source>The order of the results: the best matches first, by the day of the issue, or the articles the parser is least sure of first</source>
        <translation>结果的顺序：最匹配的在前、按出版日期，或解析器最没有把握的文章在前</translation>
    </message>
    <message>
        <source>Doubtful articles &amp;only</source>
        <translation>仅存疑文章(&amp;O)</translation>
    </message>
    <message>
        <source>Only the articles the parser is not sure of (a confidence below 1), where a correction may be needed</source>
        <translation>只显示解析器没有把握的文章（可信度低于 1），这些文章可能需要更正</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Read newspaper issues.</source>
        <translation>阅读报纸。</translation>
    </message>
    <message>
        <source>Use this library file.</source>
        <translation>使用指定的资料库文件。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Print how long start-up took.</source>
        <translation>输出启动所用的时间。</translation>
    </message>
    <message>
        <source>Issue files or folders to open.</source>
        <translation>要打开的报纸文本文件或文件夹。</translation>
    </message>
</context>
</TS>
