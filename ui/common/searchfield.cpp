// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/searchfield.h"

#include "ui/common/icons.h"

namespace sb::ui {

SearchField::SearchField(QWidget *parent) : QLineEdit(parent)
{
    setClearButtonEnabled(true);
    addAction(icon(QStringLiteral("search")), QLineEdit::LeadingPosition);
    setMinimumWidth(320);
    m_timer.setSingleShot(true);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, [this] { emit searchRequested(text()); });
    connect(this, &QLineEdit::textChanged, this, [this](const QString &current) {
        if (m_timer.interval() == 0)
            emit searchRequested(current);
        else
            m_timer.start();
    });
}

void SearchField::setDelay(int milliseconds)
{
    m_timer.setInterval(milliseconds);
}

} // namespace sb::ui
