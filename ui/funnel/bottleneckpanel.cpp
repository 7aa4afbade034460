// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/funnel/bottleneckpanel.h"

#include "ui/funnel/funnelpresenter.h"

#include <QLabel>
#include <QVBoxLayout>

namespace sb::ui {

BottleneckPanel::BottleneckPanel(QWidget *parent)
    : QFrame(parent),
      m_title(new QLabel(this)),
      m_comparison(new QLabel(this)),
      m_adviceHeading(new QLabel(tr("What the handbook advises"), this)),
      m_advice(new QLabel(this))
{
    setObjectName(QStringLiteral("bottleneckPanel"));
    m_title->setObjectName(QStringLiteral("bottleneckTitle"));
    m_advice->setObjectName(QStringLiteral("bottleneckAdvice"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_title->setFont(titleFont);
    QFont headingFont = m_adviceHeading->font();
    headingFont.setBold(true);
    m_adviceHeading->setFont(headingFont);
    for (QLabel *label : {m_title, m_comparison, m_advice}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 12, 14, 12);
    layout->setSpacing(6);
    layout->addWidget(m_title);
    layout->addWidget(m_comparison);
    layout->addSpacing(4);
    layout->addWidget(m_adviceHeading);
    layout->addWidget(m_advice);
}

void BottleneckPanel::setText(const BottleneckText &text)
{
    m_title->setText(text.title);
    m_comparison->setText(text.comparison);
    m_advice->setText(text.advice);
    m_adviceHeading->setVisible(text.found);
    m_advice->setVisible(text.found);
    // Red when there is a weak step to work on, green when every step holds up.
    setStyleSheet(text.found
                      ? QStringLiteral("#bottleneckPanel { background: #fdf0ee; border: 1px solid #e3b1a9; "
                                       "border-left: 5px solid #c0392b; border-radius: 4px; } "
                                       "#bottleneckTitle { color: #a12f22; }")
                      : QStringLiteral("#bottleneckPanel { background: #eef7f0; border: 1px solid #b5d8bf; "
                                       "border-left: 5px solid #2e8b47; border-radius: 4px; }"));
}

QString BottleneckPanel::title() const
{
    return m_title->text();
}

QString BottleneckPanel::comparison() const
{
    return m_comparison->text();
}

QString BottleneckPanel::advice() const
{
    return m_advice->text();
}

} // namespace sb::ui
