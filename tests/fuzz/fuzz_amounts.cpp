// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the amount, integer, percent and yes/no parsers, and the line
// amount the order-lines import computes from what they accept. Input fields are
// separated by 0x01: quantity, unit price, discount.
#include "fuzz/fuzzcheck.h"

#include "core/domain/money.h"
#include "core/exchange/entityimport.h"
#include "core/exchange/valueparsers.h"

#include <cstddef>
#include <cstdint>

using namespace sb::core;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QStringList parts = text.split(QChar(1));

    for (int decimals = 0; decimals <= 4; ++decimals) {
        for (const QChar mark : {QChar(u'.'), QChar(u',')}) {
            QString error;
            const auto value = parse::amount(text, decimals, mark, &error);
            SB_FUZZ_CHECK(value.has_value() || !error.isEmpty());
            if (value && decimals == 2 && mark == u'.') {
                // The text an export writes parses back to the same amount.
                const auto again = parse::amount(money::toDecimalString(*value), 2, u'.', nullptr);
                SB_FUZZ_CHECK(again && *again == *value);
            }
        }
    }
    QString error;
    (void)parse::integer(text, &error);
    (void)percentToBasisPoints(text, u'.', &error);
    (void)parse::boolean(text);
    const QString plain = parse::unneutralise(text);
    SB_FUZZ_CHECK(plain == text || (text.startsWith(u'\'') && plain == text.mid(1)));

    // The ranges the order-lines import accepts: a non-zero quantity, a price >= 0, a discount 0–100 %.
    if (parts.size() >= 2) {
        const auto quantity = parse::integer(parts[0], nullptr);
        const auto price = parse::amount(parts[1], 4, u'.', nullptr);
        const auto discount
            = parts.size() >= 3 ? percentToBasisPoints(parts[2], u'.', nullptr) : std::optional<qint64>(0);
        if (quantity && *quantity != 0 && price && *price >= 0 && discount && *discount >= 0
            && *discount <= 10000) {
            const Money amount = money::lineAmount(*quantity, *price, BasisPoints(*discount));
            // The sign follows the quantity (returns are negative lines).
            SB_FUZZ_CHECK(*price == 0 || *discount == 10000 || (amount >= 0) == (*quantity > 0)
                          || amount == 0);
        }
    }
    return 0;
}
