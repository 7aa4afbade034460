// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/customers/customerdialog.h"

#include "core/storage/customerrepository.h"
#include "core/storage/database.h"
#include "core/storage/referencelists.h"
#include "ui/common/fieldmessages.h"
#include "ui/common/settingvalue.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace sb::ui {

namespace {

const SettingValue<QByteArray> &geometrySetting()
{
    static const SettingValue<QByteArray> setting(QStringLiteral("dialogs/customer/geometry"));
    return setting;
}

QComboBox *editableCombo(const QStringList &suggestions, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->addItem(QString());
    combo->addItems(suggestions);
    return combo;
}

void setComboText(QComboBox *combo, const QString &text)
{
    const int index = combo->findText(text);
    if (index >= 0)
        combo->setCurrentIndex(index);
    else if (combo->isEditable())
        combo->setEditText(text);
    else {
        combo->addItem(text);
        combo->setCurrentIndex(combo->count() - 1);
    }
}

// A field's editor (with its message line) and, under it, a warning line that
// does not block saving.
QWidget *withWarning(QWidget *field, QLabel *warning)
{
    auto *container = new QWidget(field->parentWidget());
    auto *layout = new QVBoxLayout(container);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(1);
    field->setParent(container);
    layout->addWidget(field);
    layout->addWidget(warning);
    return container;
}

QLabel *warningLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #a15c00;"));
    QFont small = label->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    label->setFont(small);
    label->hide();
    return label;
}

// Selects the item whose data is `id`; a reference to a record that is no longer
// offered stays selectable, so saving does not silently drop it.
void selectId(QComboBox *combo, const QString &id, const QString &unknownText)
{
    int index = combo->findData(id);
    if (index < 0) {
        combo->addItem(unknownText, id);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

} // namespace

CustomerDialog::CustomerDialog(const core::Database &db, const core::Customer &customer, QWidget *parent)
    : QDialog(parent), m_db(db), m_original(customer)
{
    setObjectName(QStringLiteral("customerDialog"));
    setWindowTitle(customer.meta.id.isEmpty() ? tr("New customer") : tr("Customer %1").arg(customer.code));
    buildForm();
    fill(customer);
    revalidate();
    if (!restoreGeometry(geometrySetting().get()))
        resize(sizeHint().expandedTo(QSize(720, 0)));
}

CustomerDialog::~CustomerDialog() = default;

void CustomerDialog::buildForm()
{
    m_messages = new FieldMessages(this);
    m_code = new QLineEdit(this);
    m_name = new QLineEdit(this);
    m_industry = editableCombo(core::ReferenceLists::customerValues(m_db, QStringLiteral("industry")), this);
    m_sizeBand = new QComboBox(this);
    m_sizeBand->addItem(QString());
    m_sizeBand->addItems(core::customerSizeBands());
    m_region = editableCombo(core::ReferenceLists::customerValues(m_db, QStringLiteral("region")), this);
    m_city = new QLineEdit(this);
    m_owner = new QComboBox(this);
    m_owner->addItem(tr("(none)"), QString());
    for (const core::ReferenceItem &rep : core::ReferenceLists::reps(m_db))
        m_owner->addItem(rep.name, rep.id);
    m_channel = new QComboBox(this);
    m_channel->addItem(tr("(none)"), QString());
    for (const core::ReferenceItem &channel : core::ReferenceLists::channels(m_db))
        m_channel->addItem(channel.name, channel.id);
    m_source = editableCombo(core::ReferenceLists::customerValues(m_db, QStringLiteral("source")), this);
    m_lifecycle = new QComboBox(this);
    for (core::LifecycleStage stage : core::lifecycle::all())
        m_lifecycle->addItem(core::lifecycle::displayName(stage), int(stage));
    m_decisionMaker = new QLineEdit(this);
    m_title = new QLineEdit(this);
    m_phone = new QLineEdit(this);
    m_phone->setPlaceholderText(tr("e.g. +86 10 8888 6666"));
    m_email = new QLineEdit(this);
    m_email->setPlaceholderText(tr("name@example.com"));
    m_notes = new QPlainTextEdit(this);
    m_notes->setTabChangesFocus(true);
    m_notes->setMinimumHeight(70);

    // Editors are named after their fields, as sb::core::FieldError names them.
    const std::pair<QWidget *, const char *> fields[] = {{m_code, "code"},
                                                         {m_name, "name"},
                                                         {m_industry, "industry"},
                                                         {m_sizeBand, "size_band"},
                                                         {m_region, "region"},
                                                         {m_city, "city"},
                                                         {m_owner, "owner_rep_id"},
                                                         {m_channel, "channel_id"},
                                                         {m_source, "source"},
                                                         {m_lifecycle, "lifecycle_stage"},
                                                         {m_decisionMaker, "decision_maker"},
                                                         {m_title, "decision_maker_title"},
                                                         {m_phone, "phone"},
                                                         {m_email, "email"},
                                                         {m_notes, "notes"}};
    for (const auto &[editor, field] : fields)
        editor->setObjectName(QLatin1String(field));

    auto *company = new QGroupBox(tr("Customer"), this);
    auto *companyForm = new QFormLayout(company);
    companyForm->addRow(tr("Customer &code:"), m_messages->add(QStringLiteral("code"), m_code));
    m_nameWarning = warningLabel(QStringLiteral("nameWarning"), this);
    m_phoneWarning = warningLabel(QStringLiteral("phoneWarning"), this);
    companyForm->addRow(tr("Customer &name:"),
                        withWarning(m_messages->add(QStringLiteral("name"), m_name), m_nameWarning));
    companyForm->addRow(tr("&Industry:"), m_messages->add(QStringLiteral("industry"), m_industry));
    companyForm->addRow(tr("Company si&ze:"), m_messages->add(QStringLiteral("size_band"), m_sizeBand));
    companyForm->addRow(tr("&Region:"), m_messages->add(QStringLiteral("region"), m_region));
    companyForm->addRow(tr("Ci&ty:"), m_messages->add(QStringLiteral("city"), m_city));
    companyForm->addRow(tr("&Lifecycle stage:"),
                        m_messages->add(QStringLiteral("lifecycle_stage"), m_lifecycle));

    auto *sales = new QGroupBox(tr("Sales"), this);
    auto *salesForm = new QFormLayout(sales);
    salesForm->addRow(tr("&Owner:"), m_messages->add(QStringLiteral("owner_rep_id"), m_owner));
    salesForm->addRow(tr("C&hannel:"), m_messages->add(QStringLiteral("channel_id"), m_channel));
    salesForm->addRow(tr("&Source:"), m_messages->add(QStringLiteral("source"), m_source));
    salesForm->addRow(tr("&Decision maker:"),
                      m_messages->add(QStringLiteral("decision_maker"), m_decisionMaker));
    salesForm->addRow(tr("Tit&le:"), m_messages->add(QStringLiteral("decision_maker_title"), m_title));
    salesForm->addRow(tr("&Phone:"),
                      withWarning(m_messages->add(QStringLiteral("phone"), m_phone), m_phoneWarning));
    salesForm->addRow(tr("&E-mail:"), m_messages->add(QStringLiteral("email"), m_email));

    auto *columns = new QHBoxLayout;
    columns->addWidget(company, 1);
    columns->addWidget(sales, 1);

    auto *notesLabel = new QLabel(tr("No&tes:"), this);
    notesLabel->setBuddy(m_notes);
    auto *general = new QLabel(this);
    general->setObjectName(QStringLiteral("generalMessage"));
    m_messages->setGeneralLabel(general);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(notesLabel);
    layout->addWidget(m_messages->add(QStringLiteral("notes"), m_notes), 1);
    layout->addWidget(general);
    layout->addWidget(m_buttons);

    for (QLineEdit *edit : {m_code, m_name, m_city, m_decisionMaker, m_title, m_phone, m_email})
        connect(edit, &QLineEdit::textChanged, this, &CustomerDialog::revalidate);
    for (QComboBox *combo : {m_industry, m_region, m_source}) {
        connect(combo, &QComboBox::editTextChanged, this, &CustomerDialog::revalidate);
        combo->lineEdit()->setMaxLength(200);
    }
    for (QComboBox *combo : {m_sizeBand, m_owner, m_channel, m_lifecycle})
        connect(combo, &QComboBox::currentIndexChanged, this, &CustomerDialog::revalidate);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &CustomerDialog::revalidate);
}

void CustomerDialog::fill(const core::Customer &c)
{
    m_code->setText(c.code);
    m_name->setText(c.name);
    setComboText(m_industry, c.industry);
    setComboText(m_sizeBand, c.sizeBand);
    setComboText(m_region, c.region);
    m_city->setText(c.city);
    selectId(m_owner, c.ownerRepId, tr("(deleted sales rep)"));
    selectId(m_channel, c.channelId, tr("(deleted channel)"));
    setComboText(m_source, c.source);
    m_lifecycle->setCurrentIndex(m_lifecycle->findData(int(c.lifecycle)));
    m_decisionMaker->setText(c.decisionMaker);
    m_title->setText(c.decisionMakerTitle);
    m_phone->setText(c.phone);
    m_email->setText(c.email);
    m_notes->setPlainText(c.notes);
}

core::Customer CustomerDialog::customer() const
{
    core::Customer c;
    c.meta = m_original.meta;
    c.code = m_code->text().trimmed();
    c.name = m_name->text().trimmed();
    c.industry = m_industry->currentText().trimmed();
    c.sizeBand = m_sizeBand->currentText();
    c.region = m_region->currentText().trimmed();
    c.city = m_city->text().trimmed();
    c.ownerRepId = m_owner->currentData().toString();
    c.channelId = m_channel->currentData().toString();
    c.source = m_source->currentText().trimmed();
    c.lifecycle = core::LifecycleStage(m_lifecycle->currentData().toInt());
    c.decisionMaker = m_decisionMaker->text().trimmed();
    c.decisionMakerTitle = m_title->text().trimmed();
    c.phone = m_phone->text().trimmed();
    c.email = m_email->text().trimmed();
    c.notes = m_notes->toPlainText();
    return c;
}

void CustomerDialog::revalidate()
{
    const core::Customer c = customer();
    core::FieldErrors errors = core::validate(c);
    const bool codeHasError = std::any_of(errors.cbegin(), errors.cend(), [](const core::FieldError &e) {
        return e.field == QStringLiteral("code");
    });
    if (!codeHasError && core::CustomerRepository(m_db).codeExists(c.code, c.meta.id))
        errors.append({QStringLiteral("code"), tr("The customer code %1 is already in use.").arg(c.code)});
    m_messages->show(errors);
    m_valid = errors.isEmpty();
    checkDuplicates();
    if (QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok))
        ok->setEnabled(m_valid && !m_db.isReadOnly());
}

void CustomerDialog::setDuplicateCandidates(const QList<core::CustomerMatchCandidate> &candidates)
{
    m_matcher = core::CustomerMatcher(candidates);
    m_checkDuplicates = true;
    checkDuplicates();
}

void CustomerDialog::checkDuplicates()
{
    if (!m_checkDuplicates)
        return;
    const QList<core::CustomerMatch> matches
        = m_matcher.find(m_name->text(), m_phone->text(), m_original.meta.id, 3);
    QStringList byName;
    QStringList byPhone;
    for (const core::CustomerMatch &match : matches) {
        const QString who = tr("%1 %2").arg(match.customer.code, match.customer.name);
        if (match.similarName)
            byName.append(who);
        if (match.samePhone)
            byPhone.append(who);
    }
    m_nameWarning->setText(
        byName.isEmpty()
            ? QString()
            : tr("Possible duplicate of an existing customer: %1").arg(byName.join(QStringLiteral("; "))));
    m_phoneWarning->setText(byPhone.isEmpty()
                                ? QString()
                                : tr("The same phone number as %1").arg(byPhone.join(QStringLiteral("; "))));
    m_nameWarning->setVisible(!byName.isEmpty());
    m_phoneWarning->setVisible(!byPhone.isEmpty());
}

QString CustomerDialog::nameWarning() const
{
    return m_nameWarning->isHidden() ? QString() : m_nameWarning->text();
}

QString CustomerDialog::phoneWarning() const
{
    return m_phoneWarning->isHidden() ? QString() : m_phoneWarning->text();
}

void CustomerDialog::setReadOnly(bool readOnly)
{
    for (QLineEdit *edit : {m_code, m_name, m_city, m_decisionMaker, m_title, m_phone, m_email})
        edit->setReadOnly(readOnly);
    for (QComboBox *combo : {m_industry, m_sizeBand, m_region, m_owner, m_channel, m_source, m_lifecycle})
        combo->setEnabled(!readOnly);
    m_notes->setReadOnly(readOnly);
    m_buttons->setStandardButtons(readOnly ? QDialogButtonBox::Close
                                           : QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    if (!readOnly)
        revalidate();
}

void CustomerDialog::done(int result)
{
    if (result == QDialog::Accepted && !m_valid)
        return;
    geometrySetting().set(saveGeometry());
    QDialog::done(result);
}

} // namespace sb::ui
