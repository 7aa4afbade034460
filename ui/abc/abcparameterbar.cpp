// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/abc/abcparameterbar.h"

#include "ui/common/abccolors.h"
#include "ui/common/abcrule.h"
#include "ui/common/format.h"
#include "ui/common/settingvalue.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QTimer>

#include <algorithm>
#include <tuple>
#include <utility>

namespace sb::ui {

namespace {

// Settings of the page, declared next to their only use.
const SettingValue<int> presetSetting(QStringLiteral("pages/abc/preset"), int(AbcPreset::Last12Months));
const SettingValue<QDate> fromSetting(QStringLiteral("pages/abc/from"));
const SettingValue<QDate> toSetting(QStringLiteral("pages/abc/to"));
const SettingValue<int> comparisonSetting(QStringLiteral("pages/abc/comparison"),
                                          int(AbcComparison::YearEarlier));
const SettingValue<int> resASetting(QStringLiteral("pages/abc/resourceA"), 60);
const SettingValue<int> resBSetting(QStringLiteral("pages/abc/resourceB"), 30);
const SettingValue<int> resCSetting(QStringLiteral("pages/abc/resourceC"), 10);

const char *const errorStyle = "color: #c62828;";

QSpinBox *percentBox(const QString &name, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(name);
    box->setRange(0, 100);
    box->setSuffix(QStringLiteral(" %"));
    box->setAccelerated(true);
    return box;
}

QDateEdit *dateBox(const QString &name, QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}

QLabel *messageLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setStyleSheet(QLatin1String(errorStyle));
    label->setWordWrap(true);
    label->hide();
    return label;
}

QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

AbcParameterBar::AbcParameterBar(QDate today, QWidget *parent)
    : QWidget(parent), m_today(today), m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("abcParameters"));
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, [this] {
        if (isValid())
            emit parametersChanged();
    });
    buildLayout();
    setFocusProxy(m_preset);
    load();
    revalidate();
}

void AbcParameterBar::buildLayout()
{
    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("periodPreset"));
    for (const AbcPreset preset :
         {AbcPreset::Last12Months, AbcPreset::ThisYear, AbcPreset::LastYear, AbcPreset::Custom})
        m_preset->addItem(AbcPeriods::displayName(preset), int(preset));
    m_from = dateBox(QStringLiteral("periodFrom"), this);
    m_to = dateBox(QStringLiteral("periodTo"), this);
    m_comparison = new QComboBox(this);
    m_comparison->setObjectName(QStringLiteral("comparison"));
    for (const AbcComparison c : {AbcComparison::YearEarlier, AbcComparison::PeriodBefore})
        m_comparison->addItem(AbcPeriods::displayName(c), int(c));
    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("method"));
    for (const core::abc::Method method : {core::abc::Method::Revenue, core::abc::Method::Count})
        m_method->addItem(core::abc::methodDisplayName(method), core::abc::methodKey(method));
    m_a = percentBox(QStringLiteral("thresholdA"), this);
    m_a->setRange(1, 100);
    m_b = percentBox(QStringLiteral("thresholdB"), this);
    m_b->setRange(1, 100);
    m_a->setToolTip(
        tr("Class A: the customers up to this cumulative share of revenue (the one that crosses it too)."));
    m_b->setToolTip(
        tr("Class B: the following customers up to this cumulative share of revenue; the rest are C."));
    m_resA = percentBox(QStringLiteral("resourceA"), this);
    m_resB = percentBox(QStringLiteral("resourceB"), this);
    m_resC = percentBox(QStringLiteral("resourceC"), this);
    for (QSpinBox *box : {m_resA, m_resB, m_resC})
        box->setToolTip(
            tr("Recommended share of sales resources (visits, account managers' time) for the class."));
    m_periodLabel = messageLabel(QStringLiteral("periodMessage"), this);
    m_thresholdLabel = messageLabel(QStringLiteral("thresholdMessage"), this);
    m_resourceLabel = messageLabel(QStringLiteral("resourceMessage"), this);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(6);

    auto *period = new QHBoxLayout;
    period->addWidget(m_preset);
    period->addSpacing(4);
    period->addWidget(m_from);
    period->addWidget(new QLabel(QStringLiteral(" – "), this));
    period->addWidget(m_to);
    period->addSpacing(12);
    period->addWidget(buddyLabel(tr("Co&mpare with:"), m_comparison, this));
    period->addWidget(m_comparison);
    period->addWidget(m_periodLabel, 1);
    period->addStretch();
    grid->addWidget(buddyLabel(tr("&Period:"), m_preset, this), 0, 0);
    grid->addLayout(period, 0, 1);

    auto *rule = new QHBoxLayout;
    rule->addWidget(m_method);
    rule->addSpacing(12);
    rule->addWidget(buddyLabel(tr("Class &A up to:"), m_a, this));
    rule->addWidget(m_a);
    rule->addSpacing(12);
    rule->addWidget(buddyLabel(tr("Class &B up to:"), m_b, this));
    rule->addWidget(m_b);
    rule->addWidget(m_thresholdLabel, 1);
    rule->addStretch();
    grid->addWidget(buddyLabel(tr("Met&hod:"), m_method, this), 1, 0);
    grid->addLayout(rule, 1, 1);

    auto *resources = new QHBoxLayout;
    const std::pair<QSpinBox *, core::abc::Class> boxes[]
        = {{m_resA, core::abc::Class::A}, {m_resB, core::abc::Class::B}, {m_resC, core::abc::Class::C}};
    for (const auto &[box, cls] : boxes) {
        auto *label = new QLabel(core::abc::displayName(cls), this);
        label->setStyleSheet(QStringLiteral("color: %1; font-weight: bold;")
                                 .arg(abccolors::classColor(cls).darker(115).name()));
        resources->addWidget(label);
        resources->addWidget(box);
        resources->addSpacing(12);
    }
    resources->addWidget(m_resourceLabel, 1);
    resources->addStretch();
    grid->addWidget(buddyLabel(tr("&Resources:"), m_resA, this), 2, 0);
    grid->addLayout(resources, 2, 1);
    grid->setColumnStretch(1, 1);

    connect(m_preset, &QComboBox::currentIndexChanged, this, &AbcParameterBar::onPresetChanged);
    for (QDateEdit *edit : {m_from, m_to}) {
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (m_loading)
                return;
            // Editing a date makes the period a custom one, unless it still matches the preset.
            const auto preset = AbcPreset(m_preset->currentData().toInt());
            if (preset != AbcPreset::Custom
                && AbcPeriods::range(preset, m_today) != std::pair(m_from->date(), m_to->date())) {
                const QSignalBlocker block(m_preset);
                m_preset->setCurrentIndex(m_preset->findData(int(AbcPreset::Custom)));
            }
            onChanged();
        });
    }
    for (QComboBox *combo : {m_comparison, m_method})
        connect(combo, &QComboBox::currentIndexChanged, this, &AbcParameterBar::onChanged);
    for (QSpinBox *box : {m_a, m_b, m_resA, m_resB, m_resC})
        connect(box, &QSpinBox::valueChanged, this, &AbcParameterBar::onChanged);
}

void AbcParameterBar::load()
{
    m_loading = true;
    const auto preset = AbcPreset(std::clamp(presetSetting.get(), 0, int(AbcPreset::Custom)));
    m_preset->setCurrentIndex(m_preset->findData(int(preset)));
    auto [from, to] = AbcPeriods::range(preset, m_today);
    if (preset == AbcPreset::Custom) {
        from = fromSetting.get();
        to = toSetting.get();
        if (!from.isValid() || !to.isValid())
            std::tie(from, to) = AbcPeriods::range(AbcPreset::Last12Months, m_today);
    }
    m_from->setDate(from);
    m_to->setDate(to);
    m_comparison->setCurrentIndex(std::max(0, m_comparison->findData(comparisonSetting.get())));
    m_method->setCurrentIndex(std::max(0, m_method->findData(AbcRule::savedMethodKey())));
    m_a->setValue(AbcRule::savedThresholdA());
    m_b->setValue(AbcRule::savedThresholdB());
    m_resA->setValue(resASetting.get());
    m_resB->setValue(resBSetting.get());
    m_resC->setValue(resCSetting.get());
    m_loading = false;
}

void AbcParameterBar::save() const
{
    presetSetting.set(m_preset->currentData().toInt());
    fromSetting.set(m_from->date());
    toSetting.set(m_to->date());
    comparisonSetting.set(m_comparison->currentData().toInt());
    AbcRule::save(m_method->currentData().toString(), m_a->value(), m_b->value());
    resASetting.set(m_resA->value());
    resBSetting.set(m_resB->value());
    resCSetting.set(m_resC->value());
}

void AbcParameterBar::onPresetChanged()
{
    const auto preset = AbcPreset(m_preset->currentData().toInt());
    if (preset != AbcPreset::Custom) {
        const auto [from, to] = AbcPeriods::range(preset, m_today);
        const bool wasLoading = std::exchange(m_loading, true);
        m_from->setDate(from);
        m_to->setDate(to);
        m_loading = wasLoading;
    }
    onChanged();
}

void AbcParameterBar::onChanged()
{
    if (m_loading)
        return;
    revalidate();
    if (isValid())
        save();
    m_debounce->start();
}

void AbcParameterBar::revalidate()
{
    const bool byRevenue
        = m_method->currentData().toString() == core::abc::methodKey(core::abc::Method::Revenue);
    m_a->setEnabled(byRevenue);
    m_b->setEnabled(byRevenue);
    m_method->setToolTip(byRevenue
                             ? QString()
                             : tr("The top %1 % of customers by revenue are A, the next %2 % B, the rest C.")
                                   .arg(core::abc::kCountPercentA)
                                   .arg(core::abc::kCountPercentB));

    m_periodMessage = m_from->date() > m_to->date() ? tr("The period starts after it ends.") : QString();
    m_thresholdMessage = byRevenue && m_a->value() > m_b->value()
        ? tr("Threshold A (%1 %) must not exceed threshold B (%2 %).").arg(m_a->value()).arg(m_b->value())
        : QString();
    const int sum = m_resA->value() + m_resB->value() + m_resC->value();
    m_resourceMessage = sum != 100
        ? tr("The resource shares add up to %1 %; they must add up to 100 %.").arg(sum)
        : QString();
    const std::pair<QLabel *, const QString *> labels[] = {{m_periodLabel, &m_periodMessage},
                                                           {m_thresholdLabel, &m_thresholdMessage},
                                                           {m_resourceLabel, &m_resourceMessage}};
    for (const auto &[label, message] : labels) {
        label->setText(*message);
        label->setVisible(!message->isEmpty());
    }
    const std::pair<QWidget *, bool> fields[]
        = {{m_from, !m_periodMessage.isEmpty()},   {m_to, !m_periodMessage.isEmpty()},
           {m_a, !m_thresholdMessage.isEmpty()},   {m_b, !m_thresholdMessage.isEmpty()},
           {m_resA, !m_resourceMessage.isEmpty()}, {m_resB, !m_resourceMessage.isEmpty()},
           {m_resC, !m_resourceMessage.isEmpty()}};
    for (const auto &[field, invalid] : fields)
        field->setStyleSheet(invalid ? QStringLiteral("border: 1px solid #c62828;") : QString());
}

AbcParameters AbcParameterBar::parameters() const
{
    AbcParameters p;
    p.from = m_from->date();
    p.to = m_to->date();
    p.comparison = AbcComparison(m_comparison->currentData().toInt());
    p.method
        = core::abc::methodFromKey(m_method->currentData().toString()).value_or(core::abc::Method::Revenue);
    p.thresholds = {m_a->value() / 100.0, m_b->value() / 100.0};
    p.resources = {m_resA->value() / 100.0, m_resB->value() / 100.0, m_resC->value() / 100.0};
    return p;
}

void AbcParameterBar::setPreset(AbcPreset preset)
{
    m_preset->setCurrentIndex(m_preset->findData(int(preset)));
}

void AbcParameterBar::setPeriod(QDate from, QDate to)
{
    m_loading = true;
    m_preset->setCurrentIndex(m_preset->findData(int(AbcPreset::Custom)));
    m_from->setDate(from);
    m_to->setDate(to);
    m_loading = false;
    onChanged();
}

void AbcParameterBar::setMethod(core::abc::Method method)
{
    m_method->setCurrentIndex(m_method->findData(core::abc::methodKey(method)));
}

void AbcParameterBar::setThresholds(int a, int b)
{
    m_a->setValue(a);
    m_b->setValue(b);
}

void AbcParameterBar::setResources(int a, int b, int c)
{
    m_resA->setValue(a);
    m_resB->setValue(b);
    m_resC->setValue(c);
}

} // namespace sb::ui
