// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/history/historydialog.h"

#include "core/domain/error.h"
#include "core/exchange/privatefiles.h"
#include "core/storage/auditlog.h"
#include "core/storage/auditrecordlabels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>
#include <QStandardItemModel>
#include <QTableView>
#include <QTextStream>
#include <QVBoxLayout>

#include <algorithm>

namespace sb::ui {

namespace {

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"'))
        && !text.contains(QLatin1Char('\n')))
        return text;
    QString quoted = text;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return QStringLiteral("\"") + quoted + QStringLiteral("\"");
}

/// The kinds of records the log names, with what the filter calls them.
QList<QPair<QString, QString>> entityNames()
{
    return {
        {QStringLiteral("customer"), HistoryDialog::tr("Customers")},
        {QStringLiteral("contact"), HistoryDialog::tr("Contacts")},
        {QStringLiteral("activity"), HistoryDialog::tr("Activities")},
        {QStringLiteral("opportunity"), HistoryDialog::tr("Opportunities")},
        {QStringLiteral("order"), HistoryDialog::tr("Orders")},
        {QStringLiteral("order_line"), HistoryDialog::tr("Order lines")},
        {QStringLiteral("contract_check"), HistoryDialog::tr("Contract review")},
        {QStringLiteral("product"), HistoryDialog::tr("Products")},
        {QStringLiteral("rep"), HistoryDialog::tr("Sales reps")},
        {QStringLiteral("team"), HistoryDialog::tr("Teams")},
        {QStringLiteral("lost_reason"), HistoryDialog::tr("Lost reasons")},
    };
}

QString entityName(const QString &key)
{
    for (const auto &[entity, name] : entityNames()) {
        if (entity == key)
            return name;
    }
    return key;
}

QString actionName(const core::AuditEntry &entry)
{
    switch (entry.action) {
    case core::AuditAction::Create:
        return HistoryDialog::tr("Created");
    case core::AuditAction::Update:
        return HistoryDialog::tr("Changed");
    case core::AuditAction::Delete:
        return HistoryDialog::tr("Deleted");
    case core::AuditAction::Override:
        // ContractReview::undoConfirm logs the reason going away.
        return entry.newValue ? HistoryDialog::tr("Override") : HistoryDialog::tr("Override withdrawn");
    }
    return core::AuditLog::actionKey(entry.action);
}

/// The kind of record a reference field points at ("order_id" → "order"), empty for other fields.
QString referencedEntity(const QString &field)
{
    static const QHash<QString, QString> references{
        {QStringLiteral("order_id"), QStringLiteral("order")},
        {QStringLiteral("customer_id"), QStringLiteral("customer")},
        {QStringLiteral("product_id"), QStringLiteral("product")},
        {QStringLiteral("opportunity_id"), QStringLiteral("opportunity")},
        {QStringLiteral("contact_id"), QStringLiteral("contact")},
        {QStringLiteral("owner_rep_id"), QStringLiteral("rep")},
        {QStringLiteral("rep_id"), QStringLiteral("rep")},
        {QStringLiteral("team_id"), QStringLiteral("team")},
        {QStringLiteral("parent_team_id"), QStringLiteral("team")},
    };
    return references.value(field);
}

QString whenText(const QString &at)
{
    const QDateTime time = QDateTime::fromString(at, Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : at;
}

} // namespace

HistoryDialog::HistoryDialog(const core::Database &db, const QString &entity, const QString &recordId,
                             QWidget *parent)
    : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("historyDialog"));
    setWindowTitle(tr("Change history"));
    if (!recordId.isEmpty())
        m_recordIds = {recordId};
    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_model->setHorizontalHeaderLabels({tr("When (UTC)"), tr("User"), tr("Office"), tr("Kind"), tr("Record"),
                                        tr("Action"), tr("Field"), tr("Old value"), tr("New value")});
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("historyTable"));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    buildFilters();
    if (!m_recordIds.isEmpty())
        m_scope->setText(tr("Only the history of one record"));
    {
        const QSignalBlocker blocker(m_entity);
        m_entity->setCurrentIndex(qMax(0, m_entity->findData(entity)));
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *refreshButton = buttons->addButton(tr("&Refresh (F5)"), QDialogButtonBox::ActionRole);
    connect(refreshButton, &QPushButton::clicked, this, &HistoryDialog::refresh);
    connect(new QShortcut(QKeySequence::Refresh, this), &QShortcut::activated, this, &HistoryDialog::refresh);
    auto *exportButton = buttons->addButton(tr("&Export CSV…"), QDialogButtonBox::ActionRole);
    exportButton->setObjectName(QStringLiteral("exportHistory"));
    connect(exportButton, &QPushButton::clicked, this, &HistoryDialog::exportWithDialog);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QPushButton *button : {refreshButton, exportButton})
        button->setAutoDefault(false);

    auto *layout = qobject_cast<QVBoxLayout *>(this->layout());
    layout->addWidget(m_view, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);
    resize(1220, 600);
    refresh();
    m_text->setFocus(Qt::OtherFocusReason);
}

void HistoryDialog::buildFilters()
{
    m_entity = new QComboBox(this);
    m_entity->setObjectName(QStringLiteral("historyEntity"));
    m_entity->addItem(tr("All kinds"), QString());
    for (const auto &[entity, name] : entityNames())
        m_entity->addItem(name, entity);
    m_user = new QComboBox(this);
    m_user->setObjectName(QStringLiteral("historyUser"));
    fillUsers();
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("historyText"));
    m_text->setClearButtonEnabled(true);
    m_text->setPlaceholderText(tr("Order number, customer, SKU, field or value…"));
    m_useDates = new QCheckBox(tr("&Dated"), this);
    m_from = new QDateEdit(QDate::currentDate().addMonths(-1), this);
    m_to = new QDateEdit(QDate::currentDate(), this);
    m_from->setAccessibleName(tr("From date"));
    m_to->setAccessibleName(tr("To date"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setEnabled(false);
        connect(edit, &QDateEdit::dateChanged, this, &HistoryDialog::refresh);
    }
    connect(m_useDates, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        refresh();
    });
    connect(m_entity, &QComboBox::currentIndexChanged, this, &HistoryDialog::refresh);
    connect(m_user, &QComboBox::currentIndexChanged, this, &HistoryDialog::refresh);
    // Typing waits for a pause; Enter applies at once.
    m_textTimer.setSingleShot(true);
    m_textTimer.setInterval(300);
    connect(&m_textTimer, &QTimer::timeout, this, &HistoryDialog::refresh);
    connect(m_text, &QLineEdit::textChanged, &m_textTimer, qOverload<>(&QTimer::start));
    connect(m_text, &QLineEdit::returnPressed, this, &HistoryDialog::refresh);

    m_scope = new QLabel(this);
    m_scope->setObjectName(QStringLiteral("historyScope"));
    m_showAll = new QPushButton(tr("Show &all records"), this);
    m_showAll->setAutoDefault(false);
    connect(m_showAll, &QPushButton::clicked, this, [this] { setRecords({}, {}); });
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("historyCount"));

    auto *searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_text);
    auto *kindLabel = new QLabel(tr("&Kind:"), this);
    kindLabel->setBuddy(m_entity);
    auto *userLabel = new QLabel(tr("&User:"), this);
    userLabel->setBuddy(m_user);
    auto *filters = new QHBoxLayout;
    filters->addWidget(searchLabel);
    filters->addWidget(m_text, 2);
    filters->addWidget(kindLabel);
    filters->addWidget(m_entity);
    filters->addWidget(userLabel);
    filters->addWidget(m_user);
    filters->addWidget(m_useDates);
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(QStringLiteral("–"), this));
    filters->addWidget(m_to);
    auto *scope = new QHBoxLayout;
    scope->addWidget(m_scope, 1);
    scope->addWidget(m_showAll);
    const bool scoped = !m_recordIds.isEmpty();
    m_scope->setVisible(scoped);
    m_showAll->setVisible(scoped);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(scope);
}

void HistoryDialog::fillUsers()
{
    const QString keep = m_user->currentData().toString();
    const QSignalBlocker blocker(m_user);
    m_user->clear();
    m_user->addItem(tr("All users"), QString());
    try {
        for (const QString &user : core::AuditLog::users(m_db))
            m_user->addItem(user, user);
    } catch (const core::Error &) {
        // The list stays at "All users"; refresh() reports a failing log.
        return;
    }
    m_user->setCurrentIndex(qMax(0, m_user->findData(keep)));
}

void HistoryDialog::setRecords(const QStringList &ids, const QString &label)
{
    m_recordIds = ids;
    m_scope->setText(tr("Only the history of %1").arg(label));
    m_scope->setVisible(!ids.isEmpty());
    m_showAll->setVisible(!ids.isEmpty());
    refresh();
}

void HistoryDialog::refresh()
{
    m_textTimer.stop();
    core::AuditFilter filter;
    filter.entity = m_entity->currentData().toString();
    filter.recordIds = m_recordIds;
    filter.user = m_user->currentData().toString();
    filter.text = m_text->text().trimmed();
    if (m_useDates->isChecked()) {
        filter.from = m_from->date();
        filter.to = m_to->date();
    }
    filter.limit = kMaxEntries;
    m_model->removeRows(0, m_model->rowCount());
    QList<core::AuditEntry> entries;
    QHash<QString, QString> labels;
    try {
        entries = core::AuditLog::entries(m_db, filter);
        // Reference values (an order line's order_id …) are named like the records themselves.
        QList<core::AuditEntry> named = entries;
        for (const core::AuditEntry &entry : std::as_const(entries)) {
            const QString entity = referencedEntity(entry.field);
            if (entity.isEmpty())
                continue;
            for (const std::optional<QString> &value : {entry.oldValue, entry.newValue}) {
                if (value && !value->isEmpty()) {
                    core::AuditEntry reference;
                    reference.entity = entity;
                    reference.recordId = *value;
                    named.append(reference);
                }
            }
        }
        labels = core::auditRecordLabels(m_db, named);
    } catch (const core::Error &error) {
        QMessageBox::warning(this, windowTitle(), error.message());
    }
    std::reverse(entries.begin(), entries.end()); // newest first
    for (const core::AuditEntry &entry : std::as_const(entries)) {
        const QString record = labels.value(entry.recordId, entry.recordId);
        const bool reference = !referencedEntity(entry.field).isEmpty();
        const auto valueText = [&labels, reference](const std::optional<QString> &value) {
            const QString text = value.value_or(QString());
            return reference ? labels.value(text, text) : text;
        };
        QList<QStandardItem *> row;
        for (const QString &text :
             {whenText(entry.at), entry.user, entry.office, entityName(entry.entity), record,
              actionName(entry), entry.field, valueText(entry.oldValue), valueText(entry.newValue)})
            row.append(new QStandardItem(text));
        row.at(Record)->setToolTip(record == entry.recordId ? record
                                                            : record + QLatin1Char('\n') + entry.recordId);
        row.at(OldValue)->setToolTip(entry.oldValue.value_or(QString()));
        row.at(NewValue)->setToolTip(entry.newValue.value_or(QString()));
        m_model->appendRow(row);
    }
    const QLocale locale;
    m_count->setText(
        entries.size() >= kMaxEntries
            ? tr("The newest %1 changes; filter to see older ones.").arg(locale.toString(kMaxEntries))
            : tr("%n change(s)", nullptr, int(entries.size())));
    m_view->resizeColumnsToContents();
    // Long names and values are cut short (the whole text is in the cell's tooltip and the export).
    m_view->setColumnWidth(Record, qMin(m_view->columnWidth(Record), 320));
    m_view->setColumnWidth(OldValue, qMin(m_view->columnWidth(OldValue), 200));
    m_view->setColumnWidth(NewValue, qMin(m_view->columnWidth(NewValue), 280));
}

bool HistoryDialog::exportCsv(const QString &path) const
{
    // The history holds old and new values of every field: private, and complete or not there.
    QSaveFile file(path);
    if (!core::privatefiles::open(file, QIODevice::WriteOnly | QIODevice::Text))
        return false;
    QTextStream out(&file);
    out.setEncoding(QStringConverter::Utf8);
    // A byte order mark lets spreadsheet programs read the Chinese text as UTF-8.
    out.setGenerateByteOrderMark(true);
    QStringList header;
    for (int c = 0; c < m_model->columnCount(); ++c)
        header.append(csvField(m_model->headerData(c, Qt::Horizontal).toString()));
    out << header.join(QLatin1Char(',')) << '\n';
    for (int r = 0; r < m_model->rowCount(); ++r) {
        QStringList fields;
        for (int c = 0; c < m_model->columnCount(); ++c)
            fields.append(csvField(m_model->item(r, c)->text()));
        out << fields.join(QLatin1Char(',')) << '\n';
    }
    out.flush();
    return out.status() == QTextStream::Ok && file.commit();
}

void HistoryDialog::exportWithDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export history"),
                                                      QStringLiteral("history.csv"), tr("CSV files (*.csv)"));
    if (!path.isEmpty() && !exportCsv(path))
        QMessageBox::warning(this, windowTitle(), tr("Could not write %1.").arg(path));
}

} // namespace sb::ui
