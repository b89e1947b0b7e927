#pragma once

#include <QString>

// The article the Word document tests write and read: a reviewed column with every kind of mark
// (a deletion with a comment, an addition, a substitution, a thread with a reply and its
// resolution, a comment on a point), headings, lists, a quote, code, a link and text that looks
// like marks but is not, and lines that look like the start of a list or a heading.
inline const QString reviewed = QStringLiteral(R"(---
title: The Last Bus Home
author: Maya Okafor
date: 2026-11-20
status: review
tags: [transport, night]
lang: en-GB
summary: A night on the 23.
---

# The Last Bus Home

The council {--voted--}{>>@Ed Brooks 2026-11-20T10:05Z: weak<<}{++approved++}{>>@Ed Brooks 2026-11-20T10:05Z<<} the budget on a *wet* Tuesday.

The driver was {~~candid~>unguarded~~}{>>@Ed Brooks 2026-11-20T10:06Z<<} about the route, and {==the last stop==}{>>@Ed Brooks 2026-11-20T10:07Z: Which stop? Name it.<<}{>>@Maya Okafor 2026-11-20T11:00Z: Harbour Road.<<}{>>@Maya Okafor 2026-11-20T11:01Z resolved<<} was dark.

## What the driver said

- one **bold** item
- two with a [link](https://example.org/route)
  1. nested first
  2. nested second

> A quote from the driver, with `code` in it.

```
code line one
  code line two
```

1999\. That was the year the route opened,\
\# and this line after a break is no heading.

A point comment here{>>@Ed Brooks 2026-11-20T10:09Z: Check the timetable.<<}. Literal \*stars\*, \[brackets\] and \{++braces++} stay text.
)");
