// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the import mapping JSON reader and the header mapper.
#include "fuzz/fuzzcheck.h"

#include "core/domain/error.h"
#include "core/exchange/importfields.h"
#include "core/exchange/importmapping.h"

#include <cstddef>
#include <cstdint>

using namespace sb::core;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    try {
        const ImportMapping mapping = ImportMapping::fromJson(bytes);
        // A saved mapping reads back as the same mapping.
        const QByteArray json = mapping.toJson();
        const ImportMapping again = ImportMapping::fromJson(json);
        SB_FUZZ_CHECK(again.toJson() == json);
        SB_FUZZ_CHECK(again.decimal == u'.' || again.decimal == u',');
    } catch (const Error &e) {
        SB_FUZZ_CHECK(e.kind() == Error::Kind::Data);
        SB_FUZZ_CHECK(!e.message().isEmpty());
    }

    // The same bytes as a header row, matched for one entity (all of them would make each run slow).
    const QStringList headers = QString::fromUtf8(bytes).split(u',').mid(0, 32);
    const QStringList entities = importfields::entities();
    for (const QString &entity : {entities.at(qsizetype(size % std::size_t(entities.size())))}) {
        const ImportMapping suggested = ImportMapping::suggest(entity, headers);
        QStringList fields;
        for (const auto &[source, mapped] : suggested.columns) {
            SB_FUZZ_CHECK(headers.contains(source));
            SB_FUZZ_CHECK(mapped.size() == 1);
            SB_FUZZ_CHECK(!fields.contains(mapped.first()));
            fields.append(mapped.first());
            SB_FUZZ_CHECK(importfields::matchHeader(entity, source) == mapped.first());
        }
    }
    return 0;
}
