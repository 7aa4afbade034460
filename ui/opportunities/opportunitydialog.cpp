// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/opportunities/opportunitydialog.h"

#include "core/domain/error.h"
#include "core/storage/database.h"
#include "core/storage/funnelsettings.h"
#include "core/storage/opportunityqueries.h"
#include "core/storage/opportunityrepository.h"
#include "core/storage/referencelists.h"
#include "ui/common/fieldmessages.h"
#include "ui/common/settingvalue.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace sb::ui {

namespace {

const SettingValue<QByteArray> &geometrySetting()
{
    static const SettingValue<QByteArray> setting(QStringLiteral("dialogs/opportunity/geometry"));
    return setting;
}

// The date edits show this sentinel as "none": QDateEdit has no empty state.
const QDate kNoDate(2000, 1, 1);

QDateEdit *dateEdit(QWidget *parent, bool optional)
{
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setMaximumDate(QDate(2999, 12, 31));
    if (optional) {
        edit->setMinimumDate(kNoDate);
        edit->setSpecialValueText(OpportunityDialog::tr("None"));
    }
    return edit;
}

QDate dateOf(const QDateEdit *edit)
{
    return edit->date() == kNoDate && !edit->specialValueText().isEmpty() ? QDate() : edit->date();
}

// A 0–100 score box whose lowest step reads "not assessed".
QSpinBox *scoreBox(QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(-1, 100);
    box->setSingleStep(5);
    box->setSpecialValueText(OpportunityDialog::tr("Not assessed"));
    box->setAlignment(Qt::AlignRight);
    return box;
}

std::optional<int> scoreOf(const QSpinBox *box)
{
    return box->value() < 0 ? std::nullopt : std::optional<int>(box->value());
}

bool hasError(const core::FieldErrors &errors, const QString &field)
{
    return std::any_of(errors.cbegin(), errors.cend(),
                       [&field](const core::FieldError &e) { return e.field == field; });
}

} // namespace

OpportunityDialog::OpportunityDialog(const core::Database &db, const core::Opportunity &opportunity,
                                     QWidget *parent)
    : QDialog(parent), m_db(db), m_original(opportunity), m_isNew(opportunity.meta.id.isEmpty())
{
    setObjectName(QStringLiteral("opportunityDialog"));
    setWindowTitle(m_isNew ? tr("New opportunity") : tr("Opportunity %1").arg(opportunity.code));
    buildForm();
    fill(opportunity);
    revalidate();
    if (!restoreGeometry(geometrySetting().get()))
        resize(sizeHint().expandedTo(QSize(760, 0)));
}

OpportunityDialog::~OpportunityDialog() = default;

void OpportunityDialog::buildForm()
{
    m_messages = new FieldMessages(this);
    m_code = new QLineEdit(this);
    m_code->setMaxLength(40);

    m_customer = new QComboBox(this);
    m_customer->setEditable(true);
    m_customer->setInsertPolicy(QComboBox::NoInsert);
    m_customer->lineEdit()->setPlaceholderText(tr("Type a customer code or name"));
    m_customer->addItem(QString(), QString());
    for (const core::CodedItem &customer : core::OpportunityQueries::customers(m_db))
        m_customer->addItem(tr("%1 · %2").arg(customer.code, customer.name), customer.id);
    // Search anywhere in "code · name", as the customer list does.
    m_customer->completer()->setFilterMode(Qt::MatchContains);
    m_customer->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_customer->completer()->setCompletionMode(QCompleter::PopupCompletion);

    m_title = new QLineEdit(this);
    m_title->setMaxLength(200);
    m_amount = new QLineEdit(this);
    m_amount->setPlaceholderText(tr("e.g. 125000.00"));
    m_amount->setAlignment(Qt::AlignRight);

    m_stage = new QComboBox(this);
    for (core::Stage stage : core::stage::funnel()) {
        if (!core::stage::isClosed(stage))
            m_stage->addItem(core::stage::displayName(stage), int(stage));
    }
    m_stageLabel = new QLabel(this);
    m_stageLabel->setWordWrap(true);
    m_probability = new QSpinBox(this);
    m_probability->setRange(0, 100);
    m_probability->setSuffix(QStringLiteral("%"));
    m_createdOn = dateEdit(this, false);
    m_expectedClose = dateEdit(this, true);

    m_owner = new QComboBox(this);
    m_owner->addItem(tr("(none)"), QString());
    for (const core::ReferenceItem &rep : core::ReferenceLists::reps(m_db))
        m_owner->addItem(rep.name, rep.id);
    m_source = new QComboBox(this);
    m_source->setEditable(true);
    m_source->setInsertPolicy(QComboBox::NoInsert);
    m_source->addItem(QString());
    m_source->addItems(core::OpportunityQueries::sources(m_db));
    m_source->lineEdit()->setMaxLength(200);
    m_products = new QLineEdit(this);
    m_products->setMaxLength(500);
    m_products->setPlaceholderText(tr("e.g. 2 packaging lines, spare parts"));
    m_competitors = new QLineEdit(this);
    m_competitors->setMaxLength(500);
    m_competitors->setPlaceholderText(tr("Who else is bidding, separated by commas"));
    m_leadSource = scoreBox(this);
    m_leadNeed = scoreBox(this);
    m_leadBudget = scoreBox(this);
    m_leadIntent = scoreBox(this);
    m_leadSource->setToolTip(tr("How reliable leads from this source are; when not assessed, the "
                                "scoring model's value for the source is used."));
    m_leadNeed->setToolTip(tr("How well the customer's need matches what we sell."));
    m_leadBudget->setToolTip(tr("Whether a budget is confirmed and large enough."));
    m_leadIntent->setToolTip(tr("How strong and urgent the intent to buy is."));
    m_leadScore = new QLabel(this);
    m_leadScore->setObjectName(QStringLiteral("leadScore"));
    m_leadScore->setWordWrap(true);
    try {
        m_leadModel = core::leadScoringModel(m_db);
    } catch (const core::Error &) {
        // The defaults stand in; saving the deal reports a database problem anyway.
    }

    const std::pair<QWidget *, const char *> fields[] = {{m_code, "code"},
                                                         {m_customer, "customer_code"},
                                                         {m_title, "title"},
                                                         {m_amount, "amount"},
                                                         {m_stage, "stage"},
                                                         {m_probability, "probability"},
                                                         {m_createdOn, "created_on"},
                                                         {m_expectedClose, "expected_close"},
                                                         {m_owner, "owner_rep_id"},
                                                         {m_source, "source"},
                                                         {m_products, "products_needed"},
                                                         {m_competitors, "competitors"},
                                                         {m_leadSource, "lead_source_score"},
                                                         {m_leadNeed, "lead_need_score"},
                                                         {m_leadBudget, "lead_budget_score"},
                                                         {m_leadIntent, "lead_intent_score"}};
    for (const auto &[editor, field] : fields)
        editor->setObjectName(QLatin1String(field));

    auto *deal = new QGroupBox(tr("Deal"), this);
    auto *dealForm = new QFormLayout(deal);
    dealForm->addRow(tr("&Code:"), m_messages->add(QStringLiteral("code"), m_code));
    dealForm->addRow(tr("C&ustomer:"), m_messages->add(QStringLiteral("customer_code"), m_customer));
    dealForm->addRow(tr("&Title:"), m_messages->add(QStringLiteral("title"), m_title));
    dealForm->addRow(tr("&Amount:"), m_messages->add(QStringLiteral("amount"), m_amount));
    dealForm->addRow(tr("&Products needed:"), m_messages->add(QStringLiteral("products_needed"), m_products));
    dealForm->addRow(tr("Co&mpetitors:"), m_messages->add(QStringLiteral("competitors"), m_competitors));

    auto *stageBox = new QWidget(this);
    auto *stageRow = new QVBoxLayout(stageBox);
    stageRow->setContentsMargins(0, 0, 0, 0);
    stageRow->addWidget(m_stage);
    stageRow->addWidget(m_stageLabel);

    auto *pipeline = new QGroupBox(tr("Pipeline"), this);
    auto *pipelineForm = new QFormLayout(pipeline);
    pipelineForm->addRow(tr("&Stage:"), m_messages->add(QStringLiteral("stage"), stageBox));
    pipelineForm->addRow(tr("P&robability:"), m_messages->add(QStringLiteral("probability"), m_probability));
    pipelineForm->addRow(tr("Created o&n:"), m_messages->add(QStringLiteral("created_on"), m_createdOn));
    pipelineForm->addRow(tr("&Expected close:"),
                         m_messages->add(QStringLiteral("expected_close"), m_expectedClose));
    pipelineForm->addRow(tr("&Owner:"), m_messages->add(QStringLiteral("owner_rep_id"), m_owner));
    pipelineForm->addRow(tr("So&urce:"), m_messages->add(QStringLiteral("source"), m_source));

    auto *lead = new QGroupBox(tr("Lead assessment (0–100)"), this);
    auto *leadForm = new QFormLayout(lead);
    leadForm->addRow(tr("Source re&liability:"),
                     m_messages->add(QStringLiteral("lead_source_score"), m_leadSource));
    leadForm->addRow(tr("Nee&d match:"), m_messages->add(QStringLiteral("lead_need_score"), m_leadNeed));
    leadForm->addRow(tr("&Budget:"), m_messages->add(QStringLiteral("lead_budget_score"), m_leadBudget));
    leadForm->addRow(tr("&Intent:"), m_messages->add(QStringLiteral("lead_intent_score"), m_leadIntent));
    leadForm->addRow(m_leadScore);

    auto *side = new QVBoxLayout;
    side->addWidget(pipeline);
    side->addWidget(lead);
    side->addStretch(1);
    auto *columns = new QHBoxLayout;
    columns->addWidget(deal, 3);
    columns->addLayout(side, 2);

    auto *general = new QLabel(this);
    general->setObjectName(QStringLiteral("generalMessage"));
    general->setWordWrap(true);
    m_messages->setGeneralLabel(general);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(general);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    for (QLineEdit *edit : {m_code, m_title, m_amount, m_products, m_competitors})
        connect(edit, &QLineEdit::textChanged, this, &OpportunityDialog::revalidate);
    for (QComboBox *combo : {m_customer, m_source})
        connect(combo, &QComboBox::editTextChanged, this, &OpportunityDialog::revalidate);
    connect(m_owner, &QComboBox::currentIndexChanged, this, &OpportunityDialog::revalidate);
    connect(m_stage, &QComboBox::currentIndexChanged, this, [this] {
        // A new deal starts at its stage's default probability.
        m_probability->setValue(core::stage::defaultProbability(core::Stage(m_stage->currentData().toInt())));
        revalidate();
    });
    connect(m_probability, &QSpinBox::valueChanged, this, &OpportunityDialog::revalidate);
    for (QSpinBox *box : {m_leadSource, m_leadNeed, m_leadBudget, m_leadIntent})
        connect(box, &QSpinBox::valueChanged, this, &OpportunityDialog::revalidate);
    connect(m_createdOn, &QDateEdit::dateChanged, this, &OpportunityDialog::revalidate);
    connect(m_expectedClose, &QDateEdit::dateChanged, this, &OpportunityDialog::revalidate);
}

void OpportunityDialog::fill(const core::Opportunity &o)
{
    m_code->setText(o.code);
    if (!selectCustomer(o.customerId))
        m_customer->setCurrentIndex(0);
    m_title->setText(o.title);
    m_amount->setText(m_isNew && o.amount == 0 ? QString() : core::money::toDecimalString(o.amount));
    if (m_isNew) {
        m_stage->setCurrentIndex(qMax(0, m_stage->findData(int(o.stage))));
        m_stageLabel->setVisible(false);
    } else {
        m_stage->setVisible(false);
        m_stageLabel->setText(tr("%1 — change it on the pipeline board or with Move to….")
                                  .arg(core::stage::displayName(o.stage)));
    }
    m_probability->setValue(o.probability);
    m_createdOn->setDate(o.createdOn.isValid() ? o.createdOn : QDate::currentDate());
    m_createdOn->setEnabled(m_isNew);
    m_expectedClose->setDate(o.expectedClose.isValid() ? o.expectedClose : kNoDate);
    int owner = m_owner->findData(o.ownerRepId);
    if (owner < 0) {
        m_owner->addItem(tr("(deleted sales rep)"), o.ownerRepId);
        owner = m_owner->count() - 1;
    }
    m_owner->setCurrentIndex(owner);
    m_source->setEditText(o.source);
    m_products->setText(o.productsNeeded);
    m_competitors->setText(o.competitors);
    m_leadSource->setValue(o.leadSourceScore.value_or(-1));
    m_leadNeed->setValue(o.leadNeedScore.value_or(-1));
    m_leadBudget->setValue(o.leadBudgetScore.value_or(-1));
    m_leadIntent->setValue(o.leadIntentScore.value_or(-1));
}

bool OpportunityDialog::selectCustomer(const QString &id)
{
    const int index = id.isEmpty() ? -1 : m_customer->findData(id);
    if (index < 0)
        return false;
    m_customer->setCurrentIndex(index);
    return true;
}

QString OpportunityDialog::customerId() const
{
    const QString text = m_customer->currentText().trimmed();
    if (text.isEmpty())
        return {};
    // Typing changes the text but not always the current item: match the text.
    const int index = m_customer->findText(text, Qt::MatchFixedString);
    return index > 0 ? m_customer->itemData(index).toString() : QString();
}

std::optional<core::Money> OpportunityDialog::amount() const
{
    QString text = m_amount->text().trimmed();
    if (text.isEmpty())
        return core::Money(0);
    // Accept the grouping people type ("125,000.00", "125 000").
    text.remove(QLatin1Char(',')).remove(QLatin1Char(' ')).remove(QLocale().groupSeparator());
    return core::money::parseDecimal(text);
}

core::Opportunity OpportunityDialog::opportunity() const
{
    core::Opportunity o = m_original;
    o.code = m_code->text().trimmed();
    o.customerId = customerId();
    o.title = m_title->text().trimmed();
    o.amount = amount().value_or(0);
    if (m_isNew)
        o.stage = core::Stage(m_stage->currentData().toInt());
    o.probability = m_probability->value();
    o.createdOn = m_createdOn->date();
    o.expectedClose = dateOf(m_expectedClose);
    o.ownerRepId = m_owner->currentData().toString();
    o.source = m_source->currentText().trimmed();
    o.productsNeeded = m_products->text().trimmed();
    o.competitors = m_competitors->text().trimmed();
    o.leadSourceScore = scoreOf(m_leadSource);
    o.leadNeedScore = scoreOf(m_leadNeed);
    o.leadBudgetScore = scoreOf(m_leadBudget);
    o.leadIntentScore = scoreOf(m_leadIntent);
    return o;
}

QString OpportunityDialog::leadScoreText() const
{
    const core::funnel::LeadInputs inputs{scoreOf(m_leadSource), scoreOf(m_leadNeed), scoreOf(m_leadBudget),
                                          scoreOf(m_leadIntent)};
    if (!core::funnel::isAssessed(inputs))
        return tr("Not graded until at least one of the four is assessed.");
    const core::funnel::LeadScore score
        = core::funnel::scoreLead(m_source->currentText().trimmed(), inputs, m_leadModel);
    return tr("Lead score %1 · grade %2 (source reliability %3; weights %4/%5/%6/%7)")
        .arg(score.score)
        .arg(score.grade)
        .arg(score.sourceScore)
        .arg(m_leadModel.sourceWeight)
        .arg(m_leadModel.needWeight)
        .arg(m_leadModel.budgetWeight)
        .arg(m_leadModel.intentWeight);
}

void OpportunityDialog::updateLeadScore()
{
    m_leadScore->setText(leadScoreText());
}

void OpportunityDialog::revalidate()
{
    const core::Opportunity o = opportunity();
    core::FieldErrors errors = core::validate(o);
    const std::optional<core::Money> parsed = amount();
    if (!parsed) {
        errors.erase(
            std::remove_if(errors.begin(), errors.end(),
                           [](const core::FieldError &e) { return e.field == QStringLiteral("amount"); }),
            errors.end());
        errors.append(
            {QStringLiteral("amount"), tr("Enter an amount such as 125000.00 (two decimals at most).")});
    }
    if (o.customerId.isEmpty() && !m_customer->currentText().trimmed().isEmpty()) {
        errors.erase(std::remove_if(errors.begin(), errors.end(),
                                    [](const core::FieldError &e) {
                                        return e.field == QStringLiteral("customer_code");
                                    }),
                     errors.end());
        errors.append({QStringLiteral("customer_code"),
                       tr("No customer matches \"%1\"; pick one from the list.")
                           .arg(m_customer->currentText().trimmed())});
    }
    if (o.expectedClose.isValid() && o.createdOn.isValid() && o.expectedClose < o.createdOn)
        errors.append({QStringLiteral("expected_close"),
                       tr("The expected close cannot be before the deal was created.")});
    if (!hasError(errors, QStringLiteral("code"))) {
        try {
            if (core::OpportunityRepository(m_db).codeExists(o.code, o.meta.id))
                errors.append(
                    {QStringLiteral("code"), tr("The opportunity code %1 is already in use.").arg(o.code)});
        } catch (const core::Error &e) {
            errors.append({QString(), e.message()});
        }
    }
    m_messages->show(errors);
    updateLeadScore();
    m_valid = errors.isEmpty();
    if (QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok))
        ok->setEnabled(m_valid && !m_db.isReadOnly());
}

void OpportunityDialog::setReadOnly(bool readOnly)
{
    for (QLineEdit *edit : {m_code, m_title, m_amount, m_products, m_competitors})
        edit->setReadOnly(readOnly);
    for (QWidget *widget :
         std::initializer_list<QWidget *>{m_customer, m_stage, m_probability, m_expectedClose, m_owner,
                                          m_source, m_leadSource, m_leadNeed, m_leadBudget, m_leadIntent})
        widget->setEnabled(!readOnly);
    m_createdOn->setEnabled(!readOnly && m_isNew);
    m_buttons->setStandardButtons(readOnly ? QDialogButtonBox::Close
                                           : QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    if (!readOnly)
        revalidate();
}

void OpportunityDialog::done(int result)
{
    if (result == QDialog::Accepted && !m_valid)
        return;
    geometrySetting().set(saveGeometry());
    QDialog::done(result);
}

} // namespace sb::ui
