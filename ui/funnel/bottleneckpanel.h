// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;

namespace sb::ui {

struct BottleneckText;

/// The bottleneck beside the funnel: the weakest step, its rate against the
/// industry step rate, and what the handbook advises to do about it.
class BottleneckPanel final : public QFrame
{
    Q_OBJECT

public:
    explicit BottleneckPanel(QWidget *parent = nullptr);

    void setText(const BottleneckText &text);
    QString title() const;
    QString comparison() const;
    QString advice() const;

private:
    QLabel *m_title;
    QLabel *m_comparison;
    QLabel *m_adviceHeading;
    QLabel *m_advice;
};

} // namespace sb::ui
