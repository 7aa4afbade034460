// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/orders/overridedialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sb::ui {

OverrideDialog::OverrideDialog(const QString &orderNumber, const QList<core::ContractCheck> &flagged,
                               QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("overrideDialog"));
    setWindowTitle(tr("Override contract review"));

    auto *intro = new QLabel(tr("Order %1 has flagged contract points. Confirming it anyway is an override "
                                "that is recorded in the history with your name and reason.")
                                 .arg(orderNumber),
                             this);
    intro->setWordWrap(true);

    QStringList items;
    for (const core::ContractCheck &check : flagged) {
        const QString name = core::contractpoint::displayName(check.point).toHtmlEscaped();
        items.append(check.note.isEmpty()
                         ? QStringLiteral("<li><b>%1</b></li>").arg(name)
                         : QStringLiteral("<li><b>%1</b>: %2</li>").arg(name, check.note.toHtmlEscaped()));
    }
    auto *points = new QLabel(QStringLiteral("<ul style=\"margin-left: -20px\">") + items.join(QString())
                                  + QStringLiteral("</ul>"),
                              this);
    points->setObjectName(QStringLiteral("flaggedPoints"));
    points->setTextFormat(Qt::RichText);
    points->setWordWrap(true);
    points->setStyleSheet(QStringLiteral("color: #b03020"));

    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("overrideReason"));
    m_reason->setPlaceholderText(tr("e.g. approved by the sales director"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Reason:"), m_reason);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_confirm = buttons->button(QDialogButtonBox::Ok);
    m_confirm->setText(tr("&Confirm with override"));
    m_confirm->setEnabled(false);
    connect(m_reason, &QLineEdit::textChanged, this, [this] { m_confirm->setEnabled(!reason().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(points);
    layout->addLayout(form);
    layout->addWidget(buttons);
    m_reason->setFocus(Qt::OtherFocusReason);
    resize(520, sizeHint().height());
}

QString OverrideDialog::reason() const
{
    return m_reason->text().trimmed();
}

} // namespace sb::ui
