// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTranslator>

namespace sb::ui {

/// SalesBench's own catalogue. lupdate files a tr() made through a helper in a
/// free function under the enclosing namespace ("sb::core"), while the code
/// asks with a class-like context ("sb::core::Customer"); a lookup that misses
/// is therefore retried in the enclosing scopes, innermost first.
class CatalogTranslator final : public QTranslator
{
    Q_OBJECT

public:
    using QTranslator::QTranslator;

    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                      int n = -1) const override;
};

} // namespace sb::ui
