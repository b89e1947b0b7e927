<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Byline::Cli</name>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byline %1: %2
Try &apos;byline %1 --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byline %1: no file given
Try &apos;byline %1 --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: byline %1 [options] %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>word counts, reading time and outline of articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list misspelled words of articles as FILE:LINE:COLUMN: word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>build or update the search index of a library folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ranked search of a library, with snippets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open the window on an article or a library folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open the window and start a new article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open the window and choose a library folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>help on one command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byline: unknown option &apos;%1&apos;
Try &apos;byline --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byline: &apos;%1&apos; is neither a command nor an existing file or folder.
The commands are: %2.
Try &apos;byline --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byline: no command given
Try &apos;byline --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, accept or reject the suggestions and comments in articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open an article to review, with Suggest Changes on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the revisions Byline kept of an article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bring back an earlier revision of an article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compare two drafts word by word, or turn the difference into suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make a library a shared one, through a git repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy a shared library into a new folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send and receive a shared library&apos;s changes, merging by words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Byline %1: a writing desk for columnists and their editors.

Usage:
%2
Exit codes: 0 success, 1 a file failed (the others are still processed), 2 usage error.
byline check: 0 no misspellings, 1 misspellings found, 2 an error (a file, a language).
byline search: 0 articles found, 1 none found, 2 an error.
byline share, sync: 0 done, 1 done with changes turned into suggestions, 2 failed (nothing lost).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export articles as HTML pages, CMS fragments, text, PDF, ODT or DOCX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import a Word document, its tracked changes and comments as suggestions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::Cli::Check</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no spelling dictionary for &apos;%1&apos;; install the package %2, or choose one of the installed languages: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no suggestions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in this language (en-US, en_GB, de …) whatever the articles&apos; own `lang:` says. Default: each article&apos;s `lang:`, else the default language from the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON array with one object per file: {path, lang, misspellings: [{line, column, word, suggestions}]}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add up to 7 suggestions for each word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (.md) or plain-text (.txt) articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks the spelling of the prose of articles (never code, addresses or front matter), honouring each article&apos;s language and `spelling_ignore:` list and the personal dictionary. Prints FILE:LINE:COLUMN: word for each misspelling.
Exit codes: 0 no misspellings, 1 misspellings found, 2 an error (unreadable file, unknown language).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::Cli::Clone</name>
    <message>
        <source>Print what was received as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the shared library at URL into the folder DIR (new or empty), ready to open and to sync.
Exit codes: 0 done, 2 failed (the folder is left as it was).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byline clone: give the remote and the folder: byline clone URL DIR</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::Cli::Diff</name>
    <message>
        <source>front matter %1: %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(moved to line %1) </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(moved from line %1) </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byline diff: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byline diff: the front matter differs; marks cannot stand in it, so it is %1&apos;s (rejecting every suggestion gives %2&apos;s body under it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON object: before, after, equal, words_deleted, words_added, front_matter [{key, before, after}] and changes [{kind (added, deleted, replaced, moved_away, moved_here), before {line, column, text}, after {line, column, text}, moved_with}].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print B&apos;s text with every change from A as a CriticMarkup suggestion: accepting them all gives B, rejecting them all gives A.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show deleted words in red and added words in green instead of [-…-] and {+…+}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --criticmarkup: sign the suggestions with this name and the time now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old draft: a file, or FILE@REVISION for a revision Byline kept of it (an id, a name, -1 for the newest; see byline history).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new draft: a file or FILE@REVISION.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compares two drafts word by word: words, spaces and punctuation; front matter key by key; a paragraph that moved is shown as moved.
Exit codes: 0 the drafts are the same, 1 they differ, 2 trouble (a file could not be read, wrong usage).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byline diff: give two drafts to compare, A and B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byline diff: choose one of --json, --criticmarkup and --color</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byline diff: --reviewer signs the suggestions of --criticmarkup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::Cli::Export</name>
    <message>
        <source>byline export: --output - takes one input file; give a folder for several</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byline export: %1 is a file; give a folder to export several articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported all %1 articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 of %2 articles; %3 failed (listed above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output file (one input), folder (any number of inputs), or - for standard output. Default: next to each input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page theme: %1. Default: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML: a table of contents below the headline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML: local images inside the page as data: URIs, so it stands alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF running header. Default: the publication, else the headline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF footer text, beside the page numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF/A-1b, for archives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byline export: format &apos;%1&apos; is not available; choose %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byline export: no theme named &apos;%1&apos;; choose one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byline export: --margins takes millimetres from 5 to 60, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byline export: --page-size takes A4, Letter, Legal or A5, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (.md) or plain-text (.txt) articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byline export: --review takes %1, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: html (a standalone page), fragment (the body&apos;s HTML for a CMS), txt (plain text), pdf (print-ready), odt (LibreOffice) or docx (Word, with the review as tracked changes and comments).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF and DOCX page size: A4, Letter, Legal or A5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF and DOCX pages in landscape.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF and DOCX page margins in millimetres (5 to 60).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF, ODT and DOCX without the headline, byline and date above the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which view of the review marks: final (every change accepted, no comments: a clean copy), markup (changes and comments shown, with reviewers and times) or original (every change rejected). Default: final; markup for docx, which goes to an editor to review in Word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports articles as standalone HTML5 pages, HTML fragments, plain text, print-ready PDF, OpenDocument text or Word documents (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::Cli::History</name>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUTHOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WORDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byline history: %1: no revision kept: Byline cannot read all of this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: kept revision %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unchanged since revision %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byline history: %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no revisions yet: Byline keeps one each time it is saved, or with &apos;byline history %1 --keep&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON array, newest first: [{id, time (ISO 8601, UTC), author, words, name, reason, source}].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the file&apos;s text as a revision now, as a save in the window does (nothing when it is the newest revision&apos;s text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --keep: the revision&apos;s name; a named revision is kept forever.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --keep: who the revision is by. Default: Your name in the window&apos;s Preferences, else the account&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Markdown article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the revisions Byline kept of an article, newest first: id, time, author, words and name. Revisions are kept on this computer, in Byline&apos;s data folder, and follow the article when it is renamed or moved.
Exit codes: 0 done (also when the article has no revisions yet), 1 the revision could not be kept, 2 wrong usage, no such file, or the revisions could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byline history: give one FILE
Try &apos;byline history --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byline history: --name and --author are for --keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byline history: --name needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byline history: %1: no revision kept in %2: %3; %4 and try again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::Cli::Import</name>
    <message>
        <source>byline import: %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already and is left as it is; name another file with --output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byline import: %1: note: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>byline import: %1: note: the document&apos;s %n images were not written (the article went to standard output)
</source>
        <translation type="unfinished">
            <numerusform>byline import: %1: note: the document&apos;s image was not written (the article went to standard output)
</numerusform>
            <numerusform>byline import: %1: note: the document&apos;s %n images were not written (the article went to standard output)
</numerusform>
        </translation>
    </message>
    <message>
        <source>The article to write, or - for standard output. Default: the document&apos;s name with .md, next to it; an existing file is never replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Word document (.docx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports a Word document as an article: front matter from its properties, Markdown from its styles, its tracked changes and comments as suggestions and threads signed by their reviewers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byline import: give one Word document (byline import FILE.docx)
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::Cli::Index</name>
    <message>
        <source>%1: %2 indexed, %3 updated, %4 removed, %5 unchanged, %6 failed (%7 s)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print {library, indexed, updated, removed, unchanged, failed: [{path, error}], seconds}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Builds or updates the search index of a library folder (Markdown and text files, hidden folders left out). Only new and changed files are read; the articles are never written to. The index is kept in the cache folder and rebuilt from the files when it is missing or damaged.
Exit codes: 0 done, 1 some files could not be read or parsed (listed on standard error), 2 no such library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byline index: unexpected argument &apos;%1&apos;; give the folder with --library DIR</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::Cli::Launcher</name>
    <message>
        <source>byline: cannot start %1 (%2): %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byline: %1, %2, is not installed next to byline (looked in %3 and %4).
Reinstall Byline, or use the command line: byline --help
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byline: there is no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set).
Run it in a desktop session, or use the command line: byline --help
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sharing command line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::Cli::Library</name>
    <message>
        <source>byline %1: the library %2 does not exist; give one with --library DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byline %1: %2 is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byline %1: %2 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source><byte value="xd"/>Reading articles: %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byline %1: the search index was built anew: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library folder. Default: the current library of the window (the last one opened), else Byline in the documents folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::Cli::Restore</name>
    <message>
        <source>revision %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byline restore: %1: not restored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read; nothing changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Byline cannot read all of its text to keep it as a revision; copy the file aside first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has the text of %2; nothing changed
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: restored %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: restored %2; the text it replaced is revision %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The revision to bring back: its id as &apos;byline history&apos; lists it, its name, or -1 for the newest, -2 for the one before, and so on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who the revision of the replaced text is by. Default: Your name in the window&apos;s Preferences, else the account&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Markdown article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brings back an earlier revision of an article, written safely over the file. The text it replaces is kept as a revision first, so a restore can itself be undone; a deleted article comes back.
Exit codes: 0 done, 1 the article (or the revision of its text) could not be written and nothing changed, 2 wrong usage, no such file or revision, or the revisions could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byline restore: give one FILE
Try &apos;byline restore --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byline restore: say which revision with --revision REVISION (&apos;byline history FILE&apos; lists them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its text could not be kept as a revision first (%1: %2); %3 and try again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::Cli::Review</name>
    <message>
        <source>unsigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n suggestions</source>
        <translation>
            <numerusform>%1: %n suggestion</numerusform>
            <numerusform>%1: %n suggestions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open comment threads</source>
        <translation>
            <numerusform>%n open comment thread</numerusform>
            <numerusform>%n open comment threads</numerusform>
        </translation>
    </message>
    <message>
        <source>%1:%2: warning: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not changed: Byline cannot write this file back without losing what it could not read; write the result elsewhere with --output FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not changed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 %n changes</source>
        <translation>
            <numerusform>%1 %n change</numerusform>
            <numerusform>%1 %n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>removed %n comment threads</source>
        <translation>
            <numerusform>removed %n comment thread</numerusform>
            <numerusform>removed %n comment threads</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List every suggestion and comment with its line, column, reviewer and time (what the command does without --accept-all, --reject-all or --remove-comments).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON array with one object per file: path, suggestions, open_threads, reviewers and marks [{kind, line, column, reviewer, time, text, new, thread, reply, resolved}].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept every suggested change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject every suggested change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove comment threads; highlights become plain text and changes keep who made them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this reviewer&apos;s changes (or threads), by name, regardless of case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the result to FILE (one input only), or - for standard output, instead of over the article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the suggestions and comments (CriticMarkup) in articles, with reviewers and times, or accepts or rejects them; changes are written safely over the article, or to --output.
Exit codes: 0 done, 1 a file could not be read or written (the others were still done), 2 wrong usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byline review: choose --accept-all or --reject-all, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byline review: --list only lists; leave it out to accept, reject or remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byline review: --output is for the result of --accept-all, --reject-all or --remove-comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byline review: --output takes the result of one article; give one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byline review: --reviewer needs a name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::Cli::Search</name>
    <message>
        <source>%1 words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No articles match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byline search: left out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N results. Default: 20.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order: relevance (the default) or date (newest first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON array of {path, title, author, date, status, tags, words, score, snippet}, matched words in the snippet inside &lt;mark&gt;…&lt;/mark&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searches a library, updating its index first if files changed. Results are ranked (a word in the title counts most) and come with a snippet.
Query: words (all must match; stemmed), &quot;exact phrase&quot;, a OR b, -word, prefix*, title:word, author:name, tag:word, status:draft, lang:en, after:2011-01-01, before:2012, sort:date.
Exit codes: 0 articles found, 1 none found, 2 an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byline search: --limit takes a positive number, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byline search: --sort takes relevance or date, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::Cli::Share</name>
    <message>
        <source>The git repository to share through: a URL (https://, ssh://, git://, user@host:path) or a folder holding a bare repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print what was done as JSON, as byline sync does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes a library folder a shared library: a git repository (branch main) whose remote is URL, then sends its articles there. When the remote already holds a library, the two are merged article by article, by words; nothing on either side is lost.
Exit codes: 0 done, 1 done with changes of the same words turned into suggestions, 2 failed (nothing lost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byline share: give the remote with --remote URL
Try &apos;byline share --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::Cli::ShareLine</name>
    <message>
        <source>byline-share runs byline share, clone and sync; for everything else, and for help, run byline --help.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::Cli::Sharing</name>
    <message>
        <source>User name for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password (or token) for %1 at %2: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for the SSH key %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 is not among your known SSH hosts.
Its key: %2 %3
Check the fingerprint with whoever runs the server. Trust it and connect? [y/N] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged by words (both changed them):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by both in the same words, now suggestions to accept or reject (byline review FILE --list):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::Cli::Stats</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraphs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flesch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON array with one object per file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (.md) or plain-text (.txt) articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts words, characters, sentences and paragraphs, estimates reading time and Flesch reading ease, and lists the headings of each article.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::Cli::Sync</name>
    <message>
        <source>Syncs a shared library with its remote: commits what changed here (the message names the articles), receives what others sent, merges articles both changed by words, and sends. Where two people changed the same words, the article keeps yours and holds theirs as suggestions signed by them, for the review panel or byline review; never conflict markers.
Exit codes: 0 done, 1 done with changes of the same words turned into suggestions, 2 failed (nothing lost: what was not sent waits, committed, for the next sync).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byline sync: unexpected argument &apos;%1&apos;; give the folder with --library DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print {library, ok, sent, commitsSent, received, from, merged, suggestions, notes, offline, cancelled, commitMessage, error}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::Core::Article</name>
    <message>
        <source>the front matter opened here is never closed with a `%1` line; the article is opened with the whole text as its body</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::Core::ArticleFile</name>
    <message>
        <source>the file does not exist; it may have been moved or deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a folder; open it as a library instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a regular file (a pipe, socket or device); Byline opens article files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is %1, larger than the %2 Byline opens as an article; split it into smaller files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be read (%1); check its permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file grew past %1 while being read; split it into smaller files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is read-only; save a copy under a new name to keep changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free some space, or save under another name on another disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save under another name on a disk that can be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the folder&apos;s permissions, or save under another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free some space, check the folder&apos;s permissions or save under another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2. The file on disk is unchanged; %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file&apos;s name is not valid UTF-8, and several files in its folder have names that look the same; rename them to UTF-8 names (for example with `convmv -f latin1 -t utf-8 --notest`) and open it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file&apos;s name is not valid UTF-8 and the file cannot be read; rename it to a UTF-8 name (for example with `convmv -f latin1 -t utf-8 --notest`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file&apos;s name, %1, is not valid UTF-8, so Byline opened it read-only: saving under that name would make a second file. Rename it to a UTF-8 name (for example with `convmv -f latin1 -t utf-8 --notest`), or save a copy under a new name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save under another name in a folder that exists</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::Core::ArticleHistory</name>
    <message>
        <source>%1 has no revisions yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n revisions; %2 is not one of them</source>
        <translation>
            <numerusform>%1 has %n revision; %2 is not one of them</numerusform>
            <numerusform>%1 has %n revisions; %2 is not one of them</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the id %2 names revisions in more than one history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no revision with the id or name “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history that holds revision %1 of %2 is not available</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::Core::ArticleMerge</name>
    <message>
        <source>both changed “%1”; the later change, %2’s, is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unnamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the front matter of one draft cannot be read (%1), so the drafts were not merged; both are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the drafts change the same words in a way that cannot be shown as suggestions (%1); both are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We both changed these words; my wording stands until this suggestion is accepted or rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>their changes cannot be shown as suggestions in your text (%1); the saved file has them, and your text is as you left it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::Core::ArticleMetadata</name>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`words: %1` should be the target length as a whole number, such as `words: 800`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`%1` should be a single value, not a list or a map; it is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`%1: %2` is not a date Byline can read; write it as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::Core::AtomicFile</name>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its folder no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::Core::CommitMessage</name>
    <message>
        <source>%1 (deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n articles</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>merged %n articles changed by %1</source>
        <translation>
            <numerusform>merged %n article changed by %1</numerusform>
            <numerusform>merged %n articles changed by %1</numerusform>
        </translation>
    </message>
    <message>
        <source>others</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::Core::CriticMarkup</name>
    <message>
        <source>the mark `%1` is never closed with `%2`, so it and all the text after it read as plain text; add `%2` where the mark should end, or remove `%1`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the substitution `{~~` closes without `~&gt;`, so it reads as plain text; put `~&gt;` between the old text and the new</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::Core::DiffSuggestions</name>
    <message>
        <source>The difference cannot be written as suggestions: the drafts hold review marks that the changes cut through. Accept or reject the marks in both first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::Core::DocxReader</name>
    <message>
        <source>This is not a Word document Byline can read: %1. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is protected by a password, or it is an old Word document (.doc); open it in Word or LibreOffice and save it as .docx without a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it names no main document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document&apos;s macros were left out: Byline never runs nor keeps them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An image could not be read (%1); its description stands in its place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document&apos;s text is damaged after line %1; what came before is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text in a text box or frame was kept as paragraphs of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A table was kept as paragraphs, one for each cell: Markdown has no tables here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes of formatting alone were left out; the text is as it was changed to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracked changes in code or a headline were taken as made: code holds no review marks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder for its images, %1, cannot be made; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is larger than %1 MB, more than a Word document of an article. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Footnotes and endnotes were kept as numbered markers in the text and a numbered list at its end.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::Core::DocxWriter</name>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image %1 could not be put in the document; its description stands in its place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the article has more review marks than a document can carry; it was written with every change accepted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::Core::ExportBatch</name>
    <message>
        <source>the export would be written over the article itself; choose another file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1; check the path and its permissions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::Core::Exporter</name>
    <message>
        <source>the OpenDocument file could not be written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::Core::FrontMatter</name>
    <message>
        <source>the %1 front matter is malformed: %2. The article is opened with the whole text as its body; fix this line to get its title, author and date back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 front matter is too complex: %2. Byline stopped reading it and opened the article with the whole text as its body; simplify this line to get its title, author and date back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::Core::FrontMatterEdit</name>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Byline cannot change this front matter without changing what else it says; correct it by hand</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::Core::GitHistory</name>
    <message>
        <source>The library&apos;s git history has no commit %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit %1 holds no version of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version of %1 in commit %2 is not text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the library&apos;s git history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::Core::HtmlContents</name>
    <message>
        <source>image %1 was not found or cannot be read; the page still refers to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image %1 is larger than %2 MB; the page refers to it instead of holding it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an image (%2); the page still refers to it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::Core::HtmlExporter</name>
    <message>
        <source>By %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::Core::LibraryFiles</name>
    <message>
        <source>Could not create the folder %1; check the library&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create %1: %2. Check the folder&apos;s permissions and free space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot rename to “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move to “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not move %1 to the trash: the desktop has no trash folder Byline can use. The file is unchanged; delete it with the file manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not move %1 to the trash: %2. The file is unchanged; check the folder&apos;s permissions, or delete it with the file manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the status of %1: the file is read-only or holds bytes Byline could not read. It is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file name cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file name cannot contain “/”; use Move to Folder to put an article in a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names starting with a dot or ending in “~” are hidden from the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is longer than the file system allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder must be inside the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folders starting with a dot or ending in “~” are hidden from the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a file named “%1” in %2. Choose another name; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer exists; it may have been moved or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the status of %1: a plain-text article has no front matter to hold a status; save it as Markdown (.md) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the status of %1: its front matter has an error (%2), so Byline leaves it as it is; fix it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free some space on the disk and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the library&apos;s disk accepts no changes; remount it writable and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a folder that exists, or reopen the library if it was moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the folder&apos;s permissions and the disk, then try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not move %1 to %2: %3. Nothing was changed; %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::Core::LibraryIndex</name>
    <message>
        <source>Could not create the folder for the search index, %1; check that it is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is missing; install the package libqt6sql6-sqlite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the search index %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the search index was damaged (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the search index was made by another version of Byline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the search index file held something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the search index could not be created (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the search index %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the search index was damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the search index could not be written: %1; check the free space in %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::Core::LibraryScanner</name>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::Core::LibrarySync</name>
    <message>
        <source>An article changed while the sync was merging, so nothing was overwritten (%1). Sync again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not move the library to the merged version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the merged library: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1 &lt;%2&gt;” cannot sign a commit: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not commit the merge: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This library has no remote to sync with. Share it first (File ▸ Share Library…, or byline share --library DIR --remote URL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library&apos;s remote cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. Nothing was lost: what was not sent goes out with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The remote kept changing while Byline sent its changes (%n attempts). Everything is committed here; sync again in a moment.</source>
        <translation>
            <numerusform>The remote kept changing while Byline sent its changes (%n attempt). Everything is committed here; sync again in a moment.</numerusform>
            <numerusform>The remote kept changing while Byline sent its changes (%n attempts). Everything is committed here; sync again in a moment.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not empty. Choose a new or an empty folder for the shared library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library&apos;s last commit cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::Core::PdfExporter</name>
    <message>
        <source>the PDF could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF could not be written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::Core::PersonalDictionary</name>
    <message>
        <source>cannot read the personal dictionary %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save the personal dictionary %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::Core::PlainTextExporter</name>
    <message>
        <source>By %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::Core::RemoteSession</name>
    <message>
        <source>%1 asks for a kind of login Byline does not offer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks for an SSH key, and there is none: no ssh-agent is running and ~/.ssh holds no id_ed25519, id_ecdsa or id_rsa. Make a key with ssh-keygen and give its .pub file to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused every SSH key offered (%2). Check that the server has your public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the agent&apos;s and %n key files</source>
        <translation>
            <numerusform>the agent&apos;s and %n key file</numerusform>
            <numerusform>the agent&apos;s and %n key files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key files</source>
        <translation>
            <numerusform>%n key file</numerusform>
            <numerusform>%n key files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 refused the login %n times. Check the user name and password (or token), then sync again.</source>
        <translation>
            <numerusform>%1 refused the login %n time. Check the user name and password (or token), then sync again.</numerusform>
            <numerusform>%1 refused the login %n times. Check the user name and password (or token), then sync again.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 asks for a login, and none is kept for it. Set up a git credential helper (git config --global credential.helper), or sync once from the window, which asks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No login given for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HTTPS certificate of %1 is not valid for it, so Byline did not send anything. Ask whoever runs the server, or check the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 is not among your known SSH hosts (its key: %2 %3). Nothing was sent. If you trust it, connect once with ssh, or sync from the window, which asks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. Nothing was lost: what was not sent goes out with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach %1 (%2). Your changes are kept here and go out with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the remote failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::Core::RenderedArticle</name>
    <message>
        <source>the Markdown is too complex to render within %1 s (deeply nested or pathological markup); simplify it or split the file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::Core::ReviewEdits</name>
    <message>
        <source>Comments cannot be placed in code, where review marks are plain text; select text outside the code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::Core::ReviewRender</name>
    <message>
        <source>not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved the thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reopened the thread</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::Core::RevisionStore</name>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SQLite driver for Qt is missing; install the package libqt6sql6-sqlite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is damaged (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was made by another version of Byline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not Byline&apos;s revision store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is damaged (%1) and could not be put aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The revisions kept on this computer could not be read: %1. Byline put them aside as %2 and keeps new revisions from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store was damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no revision %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The revisions of %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1 of %2 is damaged and cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The revision could not be named: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history of %1 could not follow it to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free some space on that disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check that the folder can be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revisions of %1 could not be kept in %2: %3. The article itself was saved; %4, and Byline keeps its revisions again from the next save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the revisions in %1 could not be read: %2; %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::Core::SampleLibrary</name>
    <message>
        <source>Could not create the sample library in %1; check that the folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::Core::SearchQuery</name>
    <message>
        <source>sort: takes date or relevance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: needs a date like 2011-01-01, 2011-06 or 2011</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no letters or digits to search for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has: takes suggestions or comments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::Core::SharedLibrary</name>
    <message>
        <source>“%1” is not a shared library (no git repository at its top): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a bare repository, which has no articles to edit. Clone it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not make “%1” a shared library: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not set the remote to “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the state of the library&apos;s files: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the library&apos;s git index: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add “%1” to the commit: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the library&apos;s tree: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the library&apos;s git index: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1 &lt;%2&gt;” cannot sign a commit: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not commit the changed articles: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::Core::SuggestEdit</name>
    <message>
        <source>This text has a comment on it; resolve or remove the comment before suggesting a deletion here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is another suggestion; accept or reject it before changing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is %1&apos;s suggestion; accept or reject it before changing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This edit cannot be suggested here: review marks are plain text in code and front matter, and the edit would change the original. Turn off Suggest Changes to make it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text with review marks cannot become a suggestion; turn off Suggest Changes to insert it as it is</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::Core::SyncReport</name>
    <message numerus="yes">
        <source>sent %n articles</source>
        <translation>
            <numerusform>sent %n article</numerusform>
            <numerusform>sent %n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>received %n</source>
        <translation>
            <numerusform>received %n</numerusform>
            <numerusform>received %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merged by words</source>
        <translation>
            <numerusform>%n merged by words</numerusform>
            <numerusform>%n merged by words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n now with suggestions to resolve</source>
        <translation>
            <numerusform>%n now with suggestions to resolve</numerusform>
            <numerusform>%n now with suggestions to resolve</numerusform>
        </translation>
    </message>
    <message>
        <source>Up to date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::Core::TextCodec</name>
    <message>
        <source>the file is damaged UTF-16; it is opened read-only so the original is not replaced. Save a copy under a new name to keep your edits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is encoded as %1; it is saved the same way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a binary file, not text (a NUL byte at offset %1); Byline opens Markdown and plain-text articles only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not UTF-8; it was read as %1 and will be saved as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid UTF-8 at byte %1; the bad bytes show as � and the file is opened read-only so the original is not replaced. Repair the encoding (e.g. with iconv) or save a copy under a new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file starts with a byte-order mark; it is kept when saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file mixes line endings; saving writes %1 throughout</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::Core::TextFormats</name>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs text layout, which this program does not include</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::Core::TreeMerge</name>
    <message>
        <source>Could not merge the changes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the other writer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was renamed “%2” on one side and edited on the other: the edits are in “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was deleted by %2 and edited here: the edited article is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was deleted here and edited by %2: their edited article is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not store the merged “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was changed on both sides and cannot be merged by words: yours stays, theirs is “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some changes could not be merged; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::Core::ZipWriter</name>
    <message>
        <source>it holds more than %1 parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its part %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its part %1 is encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its part %1 inflates to more than %2 MB, more than any article needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its part %1 is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its part %1 inflates %2 times over, as a ZIP bomb does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ZIP package could not be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ZIP package could not take %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a ZIP package, or a damaged one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its part %1 is compressed in a way Word documents are not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its part %1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::WidgetUi::ArticleActions</name>
    <message>
        <source>Byline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved %1 to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the status of %1: a plain-text article has no front matter to hold a status; save it as Markdown (.md) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the status of %1: its front matter has an error or the file is read-only, so Byline leaves it as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(top of the library)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 to the folder (type a new name to create one):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move “%1” to the trash?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can restore it from the desktop&apos;s trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Article Here…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move to Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in &amp;File Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still Under Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” still has %2 and %3. Mark it %4 anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n suggestions</source>
        <translation>
            <numerusform>%n suggestion</numerusform>
            <numerusform>%n suggestions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open comment threads</source>
        <translation>
            <numerusform>%n open comment thread</numerusform>
            <numerusform>%n open comment threads</numerusform>
        </translation>
    </message>
    <message>
        <source>Exports give the final text (every suggestion accepted, no comments) unless asked otherwise; accept or reject the suggestions from the Review menu first to be sure of what goes out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Review Panel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::WidgetUi::ArticleFollower</name>
    <message>
        <source>%1 was changed by the sync and read again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 was changed by the sync while you were editing it.&lt;/b&gt; %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1 was changed by %2 while you were editing it.&lt;/b&gt; Their changes are in your text as %n suggestions signed by them; your own text is as you left it, and unsaved.</source>
        <translation>
            <numerusform>&lt;b&gt;%1 was changed by %2 while you were editing it.&lt;/b&gt; Their changes are in your text as %n suggestion signed by them; your own text is as you left it, and unsaved.</numerusform>
            <numerusform>&lt;b&gt;%1 was changed by %2 while you were editing it.&lt;/b&gt; Their changes are in your text as %n suggestions signed by them; your own text is as you left it, and unsaved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Byline::WidgetUi::ArticleSession</name>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled %1.md</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::WidgetUi::CompareActions</name>
    <message>
        <source>&amp;Inline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Side by Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Alt+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Alt+.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore This Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore This &amp;Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare as S&amp;uggestions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the previous change (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the next change (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put this change back as it was in the other version: one edit of the current text, undone with Ctrl+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the current text the other version, whole: one edit, undone with Ctrl+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn the difference into suggestions in the current text, signed with a reviewer&apos;s name, to walk in the review panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One text: deleted words struck through in red, added words underlined in green (Ctrl+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old version on the left, the new on the right, scrolling together (Ctrl+2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::WidgetUi::CompareChangesModel</name>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A paragraph moved from line %1 to line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A paragraph moved here, to line %1, from line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::WidgetUi::CompareController</name>
    <message>
        <source>Com&amp;pare With…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare &amp;Two Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare as S&amp;uggestions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the current text with another file, word by word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn the changes in an edited copy into suggestions in the current text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare Two Files: the Older Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare Two Files: the Newer Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare as Suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes in “%1” become suggestions in the current text, signed by the &amp;reviewer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making suggestions from “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes in “%1” could not be made suggestions: %2 The text is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text changed while the suggestions were made; nothing was changed. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has the same words as the current text: no suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text cannot be changed now; no suggestions were made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n suggestions by %1 from “%2”: accept or reject each in the review panel</source>
        <translation>
            <numerusform>%n suggestion by %1 from “%2”: accept or reject it in the review panel</numerusform>
            <numerusform>%n suggestions by %1 from “%2”: accept or reject each in the review panel</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” has other front matter, and suggestions cannot stand in front matter, so the front matter is now “%1”&apos;s. Edit ▸ Undo (Ctrl+Z) takes the suggestions back and brings yours back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles and Word documents (*.md *.markdown *.txt *.docx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::WidgetUi::CompareDocuments</name>
    <message>
        <source>(moved to line %1) </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(moved from line %1) </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::WidgetUi::CompareHeader</name>
    <message>
        <source>S&amp;wap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the other way round: what was added becomes what was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⇄ S&amp;wap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare &amp;With</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the current text with another version or file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other &amp;File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two versions are the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the front matter differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n changes</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n words out</source>
        <translation>
            <numerusform>%n word out</numerusform>
            <numerusform>%n words out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in</source>
        <translation>
            <numerusform>%n in</numerusform>
            <numerusform>%n in</numerusform>
        </translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(added)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front matter:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::WidgetUi::CompareVersion</name>
    <message>
        <source>it cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not compare with %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not compare with %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::WidgetUi::CompareWindow</name>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No more changes after this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No more changes before this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text changed since it was compared; compared again. Choose the change once more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested putting back “%1” (Ctrl+Z undoes it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored “%1” (Ctrl+Z undoes it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text changed since it was compared; compared again. Restore once more if you still want to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current text is already “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every difference from “%1” is now suggested, signed %2. Edit ▸ Undo (Ctrl+Z) takes the suggestions back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is now as in “%1”. Edit ▸ Undo (Ctrl+Z) brings back the text as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest mode could not record this as a suggestion; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text cannot be changed now; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::WidgetUi::Comparison</name>
    <message>
        <source>(space)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::WidgetUi::DocumentBanners</name>
    <message>
        <source>Line %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document is too complex to preview: rendering took longer than %L1 seconds (deeply nested or pathological Markdown). Your text is safe; the preview catches up when the markup is simpler.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is back on disk, unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 was changed by another program.&lt;/b&gt; Reload it to see that version, or keep the text in the editor (saving then replaces the version on disk). Nothing is saved over it until you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep my text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 was deleted or moved away.&lt;/b&gt; Your text is still here: Save writes it back to the same place, Save As somewhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file was opened read-only because its text is damaged; saving over it could lose data. Use Save As to keep your changes in a new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 is read-only&lt;/b&gt; (no write permission). You can read it here; use Save As to keep an editable copy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::WidgetUi::DocumentController</name>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosaved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft autosaved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles (*.md *.markdown *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by another program since you opened it. Saving replaces that version with yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled.md</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Article As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md);;Plain text (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has changes that are not saved. Save them before closing it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosave failed: %1 Your text is still here and in the recovery journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Byline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer exists; its recovered text is shown as a new document. Use Save As to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered unsaved text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your unsaved text could not be kept in the recovery journal (%1), so it is only in the editor. Save it now, on a disk with room if this one is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosave failed: %1 Your text is still here, but not in the recovery journal (%2): save it now, on a disk with room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Re&amp;vision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Alt+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this version of the article under a name, never pruned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name this version of the article (it is kept until you delete it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed to desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision “%1” saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::WidgetUi::EditorActions</name>
    <message>
        <source>&amp;Heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to Line…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading &amp;%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Alt+0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Alt+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulleted Li&amp;st</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Alt+U</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Numbered List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Alt+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Line (1–%1):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::WidgetUi::ExportController</name>
    <message>
        <source>and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-e&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as &amp;Rich Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-e&amp;xport to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article cannot be copied as rich text: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the selection as rich text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the article as rich text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport %1 Selected Articles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export All %1 Results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export All %1 Listed Articles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Byline exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An export is still running; try again when it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n articles…</source>
        <translation>
            <numerusform>Exporting %n article…</numerusform>
            <numerusform>Exporting %n articles…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One article could not be exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 articles could not be exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 of %2 articles; %3 failed: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled after %1 of %2 articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported, with warnings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 articles into %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the selection is too complex to render</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Alt+E</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::WidgetUi::ExportDialog</name>
    <message>
        <source>Newsprint (serif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modern (sans-serif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table of &amp;contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Embed images in the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline, &amp;byline and date above the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF/&amp;A for archiving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page (HTML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML fragment for a CMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenDocument text (ODT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images from the article&apos;s folder go inside the page, so it can be sent as one file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The publication, else the headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beside the page numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Margins:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H&amp;eader:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Footer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing the first page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Export %n Articles</source>
        <translation>
            <numerusform>Export %n Article</numerusform>
            <numerusform>Export %n Articles</numerusform>
        </translation>
    </message>
    <message>
        <source>Into fol&amp;der:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This article cannot be printed; see the message above the editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page 1 of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final: changes accepted, no comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All markup: changes and comments shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original: changes rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which view of the review marks to export. Final is the clean copy for the CMS; all markup shows reviewers&apos; changes and comments, as Word prints them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word document (DOCX)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::WidgetUi::FindBar</name>
    <message>
        <source>Match &amp;case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Whole words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular e&amp;xpression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find and replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced 1 match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced %L1 matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid expression: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than %L1 matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 matches</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::WidgetUi::ImportController</name>
    <message>
        <source>&amp;Import Word Document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Word document from an editor as an article: its tracked changes and comments become suggestions and threads you can accept or reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Word Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the Imported Article As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 as %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::WidgetUi::LanguageButton</name>
    <message>
        <source>The spelling language of this article. Click to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no dictionary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::WidgetUi::LibraryController</name>
    <message>
        <source>New Article in &amp;Library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Folder as Library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent Li&amp;braries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no Markdown or text articles yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Byline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Library Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to &amp;Trash…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::WidgetUi::LibraryModel</name>
    <message>
        <source>Tags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only points to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under review: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n suggestions</source>
        <translation>
            <numerusform>%n suggestion</numerusform>
            <numerusform>%n suggestions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open comment threads</source>
        <translation>
            <numerusform>%n open comment thread</numerusform>
            <numerusform>%n open comment threads</numerusform>
        </translation>
    </message>
    <message>
        <source>Shared library: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::WidgetUi::LibraryPanel</name>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: words, &quot;a phrase&quot;, author:, tag:, status:, after:2024</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New article in the library, from its template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing %1 of %2 articles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 with problems (marked ⚠)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search index was built anew: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No articles match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 best matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es).</source>
        <translation>
            <numerusform>%n match.</numerusform>
            <numerusform>%n matches.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>All words must match; &quot;exact phrase&quot;; a OR b; -leave out; prefix*;
title: author: tag: status: lang:; after:2011-01-01 before:2012; sort:date;
has:suggestions has:comments reviewer:name (articles under review).
Enter opens the first result at its first match.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::WidgetUi::MainWindow</name>
    <message>
        <source>Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved text cannot be journalled for recovery: %1. Check that the folder is writable; until then, save often.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — Byline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An untitled document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover unsaved text?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Byline did not close properly. %1 had changes that were not saved (last journalled %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore opens the text with those changes; the file on disk is not touched until you save. Discard forgets them. Later asks again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+U</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;view Marks in Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::WidgetUi::MarkdownEditor</name>
    <message>
        <source>Article text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That key changes the text in a way Suggest Changes cannot record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::WidgetUi::MessageBar</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::WidgetUi::NewArticleDialog</name>
    <message>
        <source>New Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The headline; it can change later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder of the library; type a new name to create one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(top of the library)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::WidgetUi::OpenSharedLibraryDialog</name>
    <message>
        <source>Open Shared Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a library your desk shares through git into a folder of this computer. You can write offline; each sync sends your changes and brings theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repository address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repository:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Into &amp;folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the Shared Library</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::WidgetUi::OutlinePanel</name>
    <message>
        <source>Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled heading)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::WidgetUi::PreferencesDialog</name>
    <message>
        <source>Underline misspelled words as I type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip words in CAPITALS (acronyms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As it stands in the byline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Font size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text column width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line spacing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosave interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beside the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> words a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not installed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default spelling language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For articles whose front matter names no language (`lang:`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor &amp;font:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Font &amp;size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text &amp;column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Line spacing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Autosave every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reading speed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spelling:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs your changes to a shared library (else git&apos;s user.email)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only when I choose File ▸ Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every few minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After each save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic sync of a shared library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes between syncs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;e-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ync a shared library:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::WidgetUi::PreviewPane</name>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote image, not loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot show image %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::WidgetUi::Prompts</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::WidgetUi::ReviewController</name>
    <message>
        <source>&amp;Previous Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept A&amp;ll Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject All C&amp;hanges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Alt+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Alt+.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Alt+Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Alt+Backspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested changes waiting for a decision, and open comment threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No more changes or comments after the cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No more changes or comments before the cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cursor is not on a change or comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no suggested changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n changes</source>
        <translation>
            <numerusform>Accepted %n change</numerusform>
            <numerusform>Accepted %n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejected %n changes</source>
        <translation>
            <numerusform>Rejected %n change</numerusform>
            <numerusform>Rejected %n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestions</source>
        <translation>
            <numerusform>%n suggestion</numerusform>
            <numerusform>%n suggestions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comments</source>
        <translation>
            <numerusform>%n comment</numerusform>
            <numerusform>%n comments</numerusform>
        </translation>
    </message>
    <message>
        <source>Add &amp;Comment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Alt+M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reply:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review &amp;Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Alt+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 suggested no changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::WidgetUi::ReviewModel</name>
    <message>
        <source>Someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 resolved the thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reopened the thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced %1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlighted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::WidgetUi::ReviewPanel</name>
    <message>
        <source>Resol&amp;ved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept this change (Ctrl+Alt+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject this change (Ctrl+Alt+Backspace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer in this thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark this thread resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept every change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject every change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the changes and comments of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show everyone&apos;s changes and comments, or one reviewer&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List resolved comment threads too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes and comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes or comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n suggestions</source>
        <translation>
            <numerusform>%n suggestion</numerusform>
            <numerusform>%n suggestions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comments</source>
        <translation>
            <numerusform>%n comment</numerusform>
            <numerusform>%n comments</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept every change %1 made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject every change %1 made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this comment thread; the text it is on stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept All Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject All Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept All by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject All by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::WidgetUi::ReviewViews</name>
    <message>
        <source>All &amp;Markup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Final (Changes Accepted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Original (Changes Rejected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Resolved Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview shows every change and comment, with reviewers and times</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::WidgetUi::RevisionVersions</name>
    <message>
        <source>Compare With &amp;Revision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare Two Re&amp;visions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Alt+H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare a revision Byline kept of this article with the text you are writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the article first: revisions are kept at every save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No revisions of this article yet: one is kept at every save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare With Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the text you are writing with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare Two Revisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The older revision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare it with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::WidgetUi::ShareLibraryDialog</name>
    <message>
        <source>Share Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Share &lt;b&gt;%1&lt;/b&gt; with your desk through a git repository: on a server (GitLab, Gitea, GitHub, your newsroom&apos;s), or a folder everyone reaches.&lt;/p&gt;&lt;p&gt;Byline sends the library&apos;s articles there and, at each sync, receives the others&apos; changes. Articles two people changed are merged word by word; where both changed the same words, the other wording arrives as a suggestion to accept or reject. Nothing is ever lost: every version stays in the library&apos;s history.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repository address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repository:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://…, ssh://…, user@host:path, git://…, or the folder of a bare repository. An empty repository receives the library; one that holds a library is merged with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Share</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::WidgetUi::SharingController</name>
    <message>
        <source>changed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed here and there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both changed it: suggestions to resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message>
        <source>at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing: committing your changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing: receiving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing: merging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing: sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying the shared library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;hare Library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open S&amp;hared Library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share this library with your desk through a git repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a library your desk shares through git into a folder, and open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send your changes to the shared library and receive the others&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Shared library: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n changes to send</source>
        <translation>
            <numerusform>%n change to send</numerusform>
            <numerusform>%n changes to send</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to receive</source>
        <translation>
            <numerusform>%n to receive</numerusform>
            <numerusform>%n to receive</numerusform>
        </translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ the last sync failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last synced %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to cancel the sync. Nothing is lost: what was not sent goes with the next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to sync again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Click to sync now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a library first (File ▸ Open Library…): the folder of articles to share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sync is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied the shared library: %n articles.</source>
        <translation>
            <numerusform>Copied the shared library: %n article.</numerusform>
            <numerusform>Copied the shared library: %n articles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Shared Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another writer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Offline.&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The sync did not finish.&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync cancelled; nothing was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You and %1 changed the same words in %2: their wording is there as suggestions to accept or reject in the review panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Review Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Synced.&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::WidgetUi::ShellActions</name>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Byline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Byline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Byline %1&lt;/h3&gt;&lt;p&gt;A writing desk for columnists and their editors.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;&lt;small&gt;Qt %2, cmark, Hunspell, SQLite&lt;/small&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::WidgetUi::SpellController</name>
    <message>
        <source>There is no spelling dictionary for %1 (%2), so spelling is not checked; everything else works. Install the package %3 (&lt;code&gt;sudo apt install %3&lt;/code&gt;), or put %4.aff and %4.dic in %5, then reopen the article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spelling dictionary %1 cannot be used: %2. Spelling is not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be added to the personal dictionary: %2. It is still underlined; free some space or check that the folder is writable, then add it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::WidgetUi::SpellingMenu</name>
    <message>
        <source>Check &amp;Spelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spelling &amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for suggestions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(No suggestions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add “%1” to Dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore “%1” in This Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Misspelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spelling Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dictionaries installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check Spelling as You Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This article is read-only; save a copy to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plain-text article has no front matter to keep this in; it applies until the article is closed. Save it as Markdown (.md) to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The front matter has an error, so Byline does not change it; fix it first (see the message above the text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dictionary is still loading; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spelling is not being checked: there is no dictionary for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No misspellings in this article.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::WidgetUi::StatisticsPanel</name>
    <message>
        <source>easy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plain English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fairly difficult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>difficult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>very difficult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paragraphs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flesch reading ease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough prose</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::WidgetUi::StatusIndicators</name>
    <message>
        <source>Words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 hours overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 minute overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 minutes overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due in %L1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due in %1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due in 1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due in %L1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than 10% over the target of %1 words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 min read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::WidgetUi::SuggestMode</name>
    <message>
        <source>Su&amp;ggest Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record what you type, delete and replace as suggestions signed with your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggesting: what you type, delete and replace is recorded as %1&apos;s suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions and comments are signed with your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggesting as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest Changes is on (Ctrl+Shift+E): edits are recorded as %1&apos;s suggestions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::WidgetUi::SyncRunner</name>
    <message>
        <source>Log in to the shared library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password or access token for %1 at %2.
It is kept by git&apos;s credential helper or the desktop&apos;s keyring, never in Byline&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH key passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of the SSH key %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not among the servers you have connected to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its key is %1 %2. Compare it with the fingerprint whoever runs the server gives you: if they differ, someone may be in between. Trusted, it is added to ~/.ssh/known_hosts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trust and Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Byline::WidgetUi::ViewModes</name>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reader Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distraction-&amp;Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Focus Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Typewriter Scrolling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader mode: Esc or Ctrl+Shift+R returns to the text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
