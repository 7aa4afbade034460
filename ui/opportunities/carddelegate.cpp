// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/opportunities/carddelegate.h"

#include "ui/common/format.h"
#include "ui/common/stagecolors.h"
#include "ui/opportunities/pipelineboardmodel.h"

#include <QApplication>
#include <QDate>
#include <QPainter>
#include <QPainterPath>

namespace sb::ui {

namespace {

constexpr int kPadding = 6;
constexpr int kStrip = 4;
constexpr int kLines = 4;
constexpr int kLineGap = 2;

// Everything but the customer is set a little smaller, so six columns fit a laptop screen.
QFont smallFont(const QFont &font)
{
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * 0.9);
    return small;
}

} // namespace

QSize CardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    QFont bold = option.font;
    bold.setBold(true);
    const int first = QFontMetrics(bold).height();
    const int rest = QFontMetrics(smallFont(option.font)).height();
    return {150, 2 * kPadding + first + (kLines - 1) * rest + (kLines - 1) * kLineGap + 4};
}

void CardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                         const QModelIndex &index) const
{
    const auto stage = core::Stage(index.data(PipelineBoardModel::StageRole).toInt());
    const bool selected = option.state & QStyle::State_Selected;
    const bool focused = option.state & QStyle::State_HasFocus;
    const QPalette &palette = option.palette;

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF card = QRectF(option.rect).adjusted(1.5, 2.5, -1.5, -2.5);
    QPainterPath shape;
    shape.addRoundedRect(card, 5, 5);
    const QColor accent = stageColor(stage);
    QColor fill = palette.color(QPalette::Base);
    if (selected)
        fill = QColor::fromRgbF(accent.redF() * 0.12 + 0.88, accent.greenF() * 0.12 + 0.88,
                                accent.blueF() * 0.12 + 0.88);
    painter->fillPath(shape, fill);
    painter->setPen(QPen(selected ? palette.color(QPalette::Highlight) : palette.color(QPalette::Mid),
                         selected || focused ? 2.0 : 1.0));
    painter->drawPath(shape);
    painter->setClipPath(shape);
    painter->fillRect(QRectF(card.left(), card.top(), kStrip, card.height()), accent);
    painter->setClipping(false);

    const QRect text = option.rect.adjusted(kPadding + kStrip, kPadding, -kPadding, -kPadding);
    QFont bold = option.font;
    bold.setBold(true);
    const QFont small = smallFont(option.font);
    QFont smallBold = small;
    smallBold.setBold(true);
    const QFontMetrics strong(bold);
    const QFontMetrics plain(small);
    const QFontMetrics plainBold(smallBold);
    const QColor textColor = palette.color(QPalette::Text);
    const QColor dim = palette.color(QPalette::PlaceholderText);
    const QColor warning(0xB0, 0x30, 0x30);

    // Line 1: customer; line 2: title.
    painter->setFont(bold);
    painter->setPen(textColor);
    QRect row(text.left(), text.top(), text.width(), strong.height());
    painter->drawText(row, Qt::AlignLeft | Qt::AlignVCenter,
                      strong.elidedText(index.data(PipelineBoardModel::CustomerRole).toString(),
                                        Qt::ElideRight, row.width()));
    painter->setFont(small);
    row = QRect(text.left(), row.bottom() + 1 + kLineGap, text.width(), plain.height());
    painter->drawText(row, Qt::AlignLeft | Qt::AlignVCenter,
                      plain.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, row.width()));

    // Line 3: amount on the left, owner on the right.
    row.translate(0, plain.height() + kLineGap);
    const QString amount = format::money(index.data(PipelineBoardModel::AmountRole).toLongLong());
    painter->setFont(smallBold);
    const int amountWidth = qMin(row.width(), plainBold.horizontalAdvance(amount));
    painter->drawText(row, Qt::AlignLeft | Qt::AlignVCenter,
                      plainBold.elidedText(amount, Qt::ElideRight, row.width()));
    painter->setFont(small);
    painter->setPen(dim);
    const int ownerWidth = row.width() - amountWidth - kPadding;
    if (ownerWidth > plain.horizontalAdvance(QStringLiteral("…")))
        painter->drawText(row, Qt::AlignRight | Qt::AlignVCenter,
                          plain.elidedText(index.data(PipelineBoardModel::OwnerRole).toString(),
                                           Qt::ElideRight, ownerWidth));

    // Line 4: expected close (red once it has passed) and days in the stage, or the close date.
    row.translate(0, plain.height() + kLineGap);
    const QDate expected = index.data(PipelineBoardModel::ExpectedCloseRole).toDate();
    const qint64 days = index.data(PipelineBoardModel::DaysInStageRole).toLongLong();
    QString left;
    QString right;
    bool overdue = false;
    if (core::stage::isClosed(stage)) {
        left = tr("Closed %1").arg(format::date(index.data(PipelineBoardModel::ClosedOnRole).toDate()));
    } else {
        left = expected.isValid() ? tr("Close %1").arg(format::date(expected)) : tr("No close date");
        overdue = expected.isValid() && expected < QDate::currentDate();
        right = tr("%1 d", "days in the stage, kept short for the card").arg(days);
    }
    const int rightWidth = right.isEmpty() ? 0 : plain.horizontalAdvance(right) + 4;
    painter->setPen(overdue ? warning : dim);
    painter->drawText(row.adjusted(0, 0, -rightWidth, 0), Qt::AlignLeft | Qt::AlignVCenter,
                      plain.elidedText(left, Qt::ElideRight, row.width() - rightWidth));
    if (!right.isEmpty()) {
        painter->setPen(days >= 30 ? warning : dim);
        painter->drawText(row, Qt::AlignRight | Qt::AlignVCenter, right);
    }
    painter->restore();
}

} // namespace sb::ui
