// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/customermatcher.h"

#include <QStringList>

#include <algorithm>
#include <array>

namespace sb::core {

namespace {

// Legal forms that say nothing about which company it is; longest first, so
// "股份有限公司" goes before "有限公司" would leave "股份".
constexpr std::array kChineseSuffixes = {u"股份有限公司", u"有限责任公司", u"有限公司", u"集团", u"公司"};
constexpr std::array kEnglishSuffixes
    = {u"co",      u"company", u"corp", u"corporation", u"inc",  u"incorporated",
       u"limited", u"ltd",     u"llc",  u"plc",         u"gmbh", u"group"};

bool isEnglishSuffix(QStringView word)
{
    return std::any_of(kEnglishSuffixes.begin(), kEnglishSuffixes.end(),
                       [word](const char16_t *suffix) { return word == QStringView(suffix); });
}

} // namespace

CustomerMatcher::CustomerMatcher(const QList<CustomerMatchCandidate> &candidates)
{
    m_entries.reserve(candidates.size());
    for (const CustomerMatchCandidate &c : candidates)
        m_entries.append({c, normalisedName(c.name), phoneDigits(c.phone)});
}

QString CustomerMatcher::normalisedName(QStringView name)
{
    // Full-width letters and digits (Ｓｈａｎｇｈａｉ) become plain ones, case is folded.
    const QString folded = name.toString().normalized(QString::NormalizationForm_KC).toCaseFolded();
    // Words are runs of letters and digits; everything else separates them.
    QStringList words;
    QString word;
    for (const QChar c : folded) {
        if (c.isLetterOrNumber()) {
            word += c;
        } else if (!word.isEmpty()) {
            words.append(word);
            word.clear();
        }
    }
    if (!word.isEmpty())
        words.append(word);
    while (words.size() > 1 && isEnglishSuffix(words.last()))
        words.removeLast();
    QString joined = words.join(QString());
    for (bool stripped = true; stripped;) {
        stripped = false;
        for (const char16_t *suffix : kChineseSuffixes) {
            const QStringView s(suffix);
            if (joined.size() > s.size() && joined.endsWith(s)) {
                joined.chop(s.size());
                stripped = true;
            }
        }
    }
    return joined;
}

QString CustomerMatcher::phoneDigits(QStringView phone)
{
    QString digits;
    for (const QChar c : phone) {
        if (c.isDigit())
            digits += QChar(u'0' + c.digitValue());
    }
    return digits;
}

bool CustomerMatcher::namesMatch(const QString &a, const QString &b)
{
    if (a.isEmpty() || b.isEmpty())
        return false;
    if (a == b)
        return true;
    const QString &shorter = a.size() < b.size() ? a : b;
    const QString &longer = a.size() < b.size() ? b : a;
    return shorter.size() >= kMinContainedLength && longer.contains(shorter);
}

bool CustomerMatcher::phonesMatch(const QString &a, const QString &b)
{
    const qsizetype n = std::min({a.size(), b.size(), qsizetype(kPhoneDigits)});
    return n >= kMinPhoneDigits && QStringView(a).right(n) == QStringView(b).right(n);
}

QList<CustomerMatch> CustomerMatcher::find(const QString &name, const QString &phone, const QString &exceptId,
                                           int limit) const
{
    const QString wantedName = normalisedName(name);
    const QString wantedPhone = phoneDigits(phone);
    QList<CustomerMatch> both;
    QList<CustomerMatch> either;
    for (const Entry &e : m_entries) {
        if (!exceptId.isEmpty() && e.customer.id == exceptId)
            continue;
        const bool similarName = namesMatch(wantedName, e.name);
        const bool samePhone = phonesMatch(wantedPhone, e.phone);
        if (similarName && samePhone)
            both.append({e.customer, true, true});
        else if ((similarName || samePhone) && either.size() < limit)
            either.append({e.customer, similarName, samePhone});
    }
    both.append(either);
    if (both.size() > limit)
        both.resize(limit);
    return both;
}

} // namespace sb::core
