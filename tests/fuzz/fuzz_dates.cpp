// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the date parser and the day/month order detector. Input up to a
// 0x01 byte is a Qt date format (as a mapping may give), the rest the date text.
#include "fuzz/fuzzcheck.h"

#include "core/exchange/valueparsers.h"

#include <cstddef>
#include <cstdint>

using namespace sb::core;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype split = bytes.indexOf('\x01');
    const QString format = split < 0 ? QString() : QString::fromUtf8(bytes.left(split));
    const QString text = QString::fromUtf8(split < 0 ? bytes : bytes.mid(split + 1));

    for (const auto order :
         {parse::DateOrder::Unknown, parse::DateOrder::DayFirst, parse::DateOrder::MonthFirst}) {
        QString error;
        bool ambiguous = true;
        const auto date = parse::date(text, order, format, &error, &ambiguous);
        if (date) {
            SB_FUZZ_CHECK(date->isValid());
            SB_FUZZ_CHECK(!ambiguous);
            // What the importer stores must parse back to the same day.
            const QString iso = date->toString(Qt::ISODate);
            if (date->year() >= 1000 && date->year() <= 9999) {
                const auto again = parse::date(iso, parse::DateOrder::Unknown, QString(), nullptr);
                SB_FUZZ_CHECK(again && *again == *date);
            }
        } else {
            SB_FUZZ_CHECK(!error.isEmpty());
            // Only an undecided slash date is ambiguous.
            SB_FUZZ_CHECK(!ambiguous || order == parse::DateOrder::Unknown);
        }
    }
    parse::DateOrderDetector detector;
    for (const QString &part : text.split(u'\n'))
        detector.add(part);
    const auto settled = detector.order();
    SB_FUZZ_CHECK(!(detector.conflicting() && settled != parse::DateOrder::Unknown));
    return 0;
}
