// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/abc/abcanalysis.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QSpinBox;
class QTimer;

namespace sb::ui {

/// The ABC page's parameters: period (presets or from/to), the period to compare
/// with, method, thresholds A and B, and the recommended resource shares. Checks
/// them as they change and says next to the fields what is wrong; emits
/// parametersChanged() once the user pauses and everything is valid. The values
/// are remembered in the settings.
class AbcParameterBar final : public QWidget
{
    Q_OBJECT

public:
    /// How long the bar waits after the last change before emitting parametersChanged().
    static constexpr int kDebounceMs = 250;

    /// `today` anchors the presets (the demo's own today in a demo workspace).
    explicit AbcParameterBar(QDate today, QWidget *parent = nullptr);

    AbcParameters parameters() const;
    bool isValid() const
    {
        return m_thresholdMessage.isEmpty() && m_resourceMessage.isEmpty() && m_periodMessage.isEmpty();
    }
    /// What is wrong with the thresholds (empty when they are fine).
    QString thresholdMessage() const { return m_thresholdMessage; }
    /// What is wrong with the resource shares (empty when they add up to 100 %).
    QString resourceMessage() const { return m_resourceMessage; }

    void setPreset(AbcPreset preset);
    void setPeriod(QDate from, QDate to);
    void setMethod(core::abc::Method method);
    /// Thresholds in percent.
    void setThresholds(int a, int b);
    /// Resource shares in percent.
    void setResources(int a, int b, int c);

    QSpinBox *thresholdA() const { return m_a; }
    QSpinBox *thresholdB() const { return m_b; }
    QSpinBox *resourceA() const { return m_resA; }

signals:
    /// Valid parameters changed (debounced).
    void parametersChanged();

private:
    void buildLayout();
    void load();
    void save() const;
    void onPresetChanged();
    void onChanged();
    void revalidate();

    QDate m_today;
    bool m_loading = false;
    QTimer *m_debounce;
    QComboBox *m_preset = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_comparison = nullptr;
    QComboBox *m_method = nullptr;
    QSpinBox *m_a = nullptr;
    QSpinBox *m_b = nullptr;
    QSpinBox *m_resA = nullptr;
    QSpinBox *m_resB = nullptr;
    QSpinBox *m_resC = nullptr;
    QLabel *m_thresholdLabel = nullptr;
    QLabel *m_resourceLabel = nullptr;
    QLabel *m_periodLabel = nullptr;
    QString m_thresholdMessage;
    QString m_resourceMessage;
    QString m_periodMessage;
};

} // namespace sb::ui
