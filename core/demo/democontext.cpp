// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/democontext.h"

#include "core/domain/error.h"

#include <QCoreApplication>
#include <QUuid>

#include <cstdio>

namespace sb::core::demo {

namespace {

// Fixed namespace of the demo's UUID v5 record ids.
constexpr QUuid kIdNamespace(0x5a1e5b3e, 0x4d2c, 0x4e8f, 0x9a, 0x61, 0x2b, 0x7c, 0x8d, 0x0e, 0x41, 0xf3);

// Julian day of 1970-01-01; the civil-date arithmetic below counts from it.
constexpr qint64 kUnixEpochJulianDay = 2440588;

struct Civil
{
    qint64 year;
    int month;
    int day;
};

// Proleptic Gregorian calendar from a day count (H. Hinnant's algorithm): fast
// enough to format millions of dates.
Civil civilFromJulianDay(qint64 julianDay)
{
    const qint64 z = julianDay - kUnixEpochJulianDay + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const auto d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    const auto m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    return {yoe + era * 400 + (m <= 2 ? 1 : 0), m, d};
}

qint64 julianDayFromCivil(qint64 year, int month, int day)
{
    year -= month <= 2 ? 1 : 0;
    const qint64 era = (year >= 0 ? year : year - 399) / 400;
    const qint64 yoe = year - era * 400;
    const qint64 doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468 + kUnixEpochJulianDay;
}

} // namespace

QByteArray DemoContext::id(const char *entity, qint64 index) const
{
    char name[96];
    const int length = std::snprintf(name, sizeof name, "%s:%lld:%llu", entity, static_cast<long long>(index),
                                     static_cast<unsigned long long>(seed));
    return QUuid::createUuidV5(kIdNamespace, QByteArray(name, length)).toByteArray(QUuid::WithoutBraces);
}

int DemoContext::monthOf(qint64 day) const
{
    const Civil c = civilFromJulianDay(day);
    const Civil s = civilFromJulianDay(start);
    return static_cast<int>((c.year - s.year) * 12 + (c.month - s.month));
}

qint64 DemoContext::monthStart(int month) const
{
    const Civil s = civilFromJulianDay(start);
    const qint64 index = s.year * 12 + (s.month - 1) + month;
    return julianDayFromCivil(index / 12, static_cast<int>(index % 12) + 1, 1);
}

qint64 DemoContext::dayInMonth(DemoRandom &random, int month) const
{
    const qint64 first = monthStart(month);
    const qint64 last = std::min(monthStart(month + 1) - 1, today);
    qint64 day = first;
    for (int attempt = 0; attempt < 16; ++attempt) {
        day = random.between(first, last);
        const qint64 weekday = day % 7; // 0 = Monday for Julian day numbers
        if (weekday < 5 || random.chance(weekday == 5 ? 0.3 : 0.15))
            break;
    }
    return day;
}

qint64 DemoContext::busyDay(DemoRandom &random) const
{
    return dayInMonth(random, monthWeights.pick(random));
}

int DemoContext::buyingCustomer(DemoRandom &random, qint64 day) const
{
    if (customersByQuarter.empty())
        return -1;
    const auto quarter
        = std::min<std::size_t>(std::size_t(std::max(0, monthOf(day) / 3)), customersByQuarter.size() - 1);
    const DemoWeights &table = customersByQuarter[quarter];
    int candidate = -1;
    for (int attempt = 0; attempt < 12; ++attempt) {
        candidate = table.pick(random);
        if (candidate < 0)
            return -1;
        const CustomerInfo &c = customers[std::size_t(candidate)];
        if (c.since <= day && day < c.churn)
            return candidate;
    }
    return candidate;
}

void DemoContext::advance(qint64 units)
{
    done += units;
    if (!progress || !*progress || done - reported < 2000)
        return;
    reported = done;
    if (!(*progress)(std::min(done, total), total))
        throw Error(Error::Kind::Data,
                    QCoreApplication::translate("sb::core::Demo",
                                                "Demo generation was cancelled; nothing was written."));
}

QByteArray dateText(qint64 day)
{
    const Civil c = civilFromJulianDay(day);
    char text[16];
    const int length = std::snprintf(text, sizeof text, "%04lld-%02d-%02d", static_cast<long long>(c.year),
                                     c.month, c.day);
    return QByteArray(text, length);
}

QByteArray stamp(qint64 day, qint64 secondOfDay)
{
    day += secondOfDay / 86400;
    secondOfDay %= 86400;
    const Civil c = civilFromJulianDay(day);
    char text[32];
    const int length = std::snprintf(text, sizeof text, "%04lld-%02d-%02dT%02d:%02d:%02d.000Z",
                                     static_cast<long long>(c.year), c.month, c.day, int(secondOfDay / 3600),
                                     int(secondOfDay / 60 % 60), int(secondOfDay % 60));
    return QByteArray(text, length);
}

QByteArray numbered(const char *prefix, qint64 number, int width)
{
    char text[48];
    const int length
        = std::snprintf(text, sizeof text, "%s%0*lld", prefix, width, static_cast<long long>(number));
    return QByteArray(text, length);
}

QByteArray asciiHandle(const QByteArray &text)
{
    // Latin-1 letters in UTF-8 (0xC3 0x80–0xBF) lose their accents: Müller → muller, Chloé → chloe.
    static constexpr char kLatin1[] = "aaaaaaaceeeeiiiidnooooo/ouuuuyty";
    QByteArray out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char ch = text[i];
        if (ch == '\xC3' && i + 1 < text.size()) {
            const int index = (static_cast<unsigned char>(text[++i]) & 0x3f) % 32;
            if (kLatin1[index] >= 'a' && kLatin1[index] <= 'z')
                out.append(kLatin1[index]);
        } else if (ch >= 'A' && ch <= 'Z') {
            out.append(char(ch - 'A' + 'a'));
        } else if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '.') {
            out.append(ch);
        }
    }
    return out;
}

qint64 officeSecond(DemoRandom &random)
{
    return random.between(3600, 10 * 3600 - 60) / 60 * 60;
}

} // namespace sb::core::demo
