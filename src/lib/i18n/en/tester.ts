/** English UI strings of the tester feature. Keys ending in `.one`/`.other` are plural forms. */
export const testerStrings = {
  'tester.page.title': 'Message tester',
  'tester.page.description':
    'Paste an error message or a whole log to find the known errors in it, with their line numbers. Matching runs in your browser.',
  'tester.page.intro':
    'Paste an error message or a whole log. The tester lists the known errors it contains, most specific first, with the lines where they occur.',
  'tester.input.label': 'Message or log',
  'tester.input.hint': 'Matching starts as you type or paste. Logs of several megabytes work.',
  'tester.privacy':
    'The text stays in your browser: it is matched on this page, in a Web Worker, and no request ever carries it.',
  'tester.noscript': 'The tester matches text in your browser, so it needs JavaScript. Without it, search the records instead:',
  'tester.noscriptLink': 'search',
  'tester.status.idle': 'Paste a message or a log to start.',
  'tester.status.loading': 'Loading the error patterns…',
  'tester.status.started': 'Matching…',
  'tester.status.matching': 'Matching {lines}…',
  'tester.status.found': '{errors} found in {lines}.',
  'tester.status.none': 'No known error found in {lines}.',
  'tester.status.timedOut.one': '{count} pattern timed out, so the result is incomplete.',
  'tester.status.timedOut.other': '{count} patterns timed out, so the result is incomplete.',
  'tester.status.failed': 'Matching failed: {message}. Edit the text to try again.',
  'tester.status.loadFailed': 'The error patterns could not be loaded ({message}). Reload the page to try again.',
  'tester.count.errors.one': '{count} known error',
  'tester.count.errors.other': '{count} known errors',
  'tester.count.lines.one': '{count} line',
  'tester.count.lines.other': '{count} lines',
  'tester.results.heading': 'Known errors in the text',
  'tester.results.truncated': 'Showing the {shown} most specific of {total} matched records.',
  'tester.result.line': 'Line {line}',
  'tester.result.lines': 'Lines {line}–{endLine}',
  'tester.result.meta': '{domain} · {id}',
  'tester.result.englishOnly': 'English only',
  'tester.result.more.one': 'and {count} more match',
  'tester.result.more.other': 'and {count} more matches',
  'tester.result.sharedWith': 'Same text also matched by:',
  'tester.timedOut.heading': 'Timed out',
  'tester.timedOut.item':
    '{id}: its pattern ran longer than {seconds} s and was stopped. This is not a “no match”: the error may be in the text.',
  'tester.share.button': 'Copy share link',
  'tester.share.linkLabel': 'Share link',
  'tester.share.copied': 'Link copied.',
  'tester.share.manual': 'Copy the link below.',
  'tester.share.empty': 'Paste some text first.',
  'tester.share.tooLong':
    'The text is {size}, too long for a share link. A link carries at most {limit} of encoded text, and spaces, line breaks and non-ASCII characters take three times their size there. Share the log file itself.',
  'tester.share.invalidLink':
    'The text in this share link could not be decoded: the link is damaged or cut short. Ask for the link again, or paste the text below.',
  'tester.share.note':
    'The link carries the text after the #. Browsers never send that part to a server, but anyone with the link can read it.',
  'tester.how.heading': 'How matching works',
  'tester.how.case': 'Matching ignores letter case.',
  'tester.how.lineEndings': 'Windows (CR LF) and old Mac (CR) line endings are read as plain line feeds first.',
  'tester.how.lines':
    'Each pattern runs over the whole text at once. A dot (.) never crosses a line end, but \\s and negated classes such as [^x] do, so a pattern can match a stack trace that spans several lines.',
  'tester.how.budget':
    'Each pattern may run for {seconds} s. A pattern that takes longer is stopped and listed as timed out, not as absent.',
  'tester.how.ranking':
    'Results are ordered by specificity: the number of literal characters the pattern requires, then the record’s confidence. Where several records match the same text, each one says so.',
} as const;
