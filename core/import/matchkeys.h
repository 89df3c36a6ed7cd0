#pragma once

#include <QString>

// The keys under which the import compares a row with the records already there: two values match
// when their keys are equal and not empty. Kept simple on purpose, so an officer can predict them.
namespace crm::imports {

// An e-mail address in lower case, trimmed.
QString emailKey(const QString &email);
// A phone number as its digits (full-width ones too), with the Japanese country code read as the
// leading 0 it replaces: "+81 3-1234-5678", "0081 3 1234 5678" and "03 1234 5678" are all
// "0312345678". Fewer than 6 digits is no key (an extension, a typo).
QString phoneKey(const QString &phone);
// A website's host in lower case without "www.": "https://www.yazaki.co.jp/en" and "yazaki.co.jp"
// are both "yazaki.co.jp". No key without a dotted host.
QString websiteKey(const QString &website);

} // namespace crm::imports
