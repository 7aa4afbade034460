// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/catalogtranslator.h"

#include <QByteArray>

namespace sb::ui {

QString CatalogTranslator::translate(const char *context, const char *sourceText, const char *disambiguation,
                                     int n) const
{
    QString result = QTranslator::translate(context, sourceText, disambiguation, n);
    if (!result.isEmpty() || !context)
        return result;
    QByteArray scope(context);
    for (qsizetype cut = scope.lastIndexOf("::"); result.isEmpty() && cut > 0;
         cut = scope.lastIndexOf("::")) {
        scope.truncate(cut);
        result = QTranslator::translate(scope.constData(), sourceText, disambiguation, n);
    }
    return result;
}

} // namespace sb::ui
