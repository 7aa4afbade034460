// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "uitestsupport.h"

#include "core/storage/customerrepository.h"
#include "ui/common/fieldmessages.h"
#include "ui/common/roles.h"
#include "ui/customers/customerdialog.h"
#include "ui/customers/customerfilterproxymodel.h"
#include "ui/customers/customertablemodel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace sb;
using sb::ui::CustomerTableModel;

namespace {

QStringList codesIn(const QAbstractItemModel &model)
{
    QStringList codes;
    for (int row = 0; row < model.rowCount(); ++row)
        codes.append(model.index(row, CustomerTableModel::Code).data().toString());
    return codes;
}

bool okEnabled(const ui::CustomerDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled();
}

void setText(ui::CustomerDialog &dialog, const char *field, const QString &text)
{
    auto *edit = dialog.findChild<QLineEdit *>(QLatin1String(field));
    REQUIRE(edit);
    edit->setText(text);
}

} // namespace

TEST_CASE("The customer table model and its filter proxy pass QAbstractItemModelTester")
{
    test::TempWorkspace ws;
    test::addCustomer(*ws.db, QStringLiteral("C-001"), QStringLiteral("北京星辰科技"),
                      QStringLiteral("北京"));
    test::addCustomer(*ws.db, QStringLiteral("C-002"), QStringLiteral("Shanghai Harbour Trading"),
                      QStringLiteral("上海"), {}, core::LifecycleStage::Retention);

    const test::ModelTestWarnings warnings;
    ui::CustomerTableModel model;
    ui::CustomerFilterProxyModel proxy;
    proxy.setCustomerModel(&model);
    QAbstractItemModelTester modelTester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Warning);

    const core::CustomerRepository repository(*ws.db);
    model.reload(repository);
    REQUIRE(model.rowCount() == 2);
    REQUIRE(model.columnCount() == CustomerTableModel::ColumnCount);
    CHECK(codesIn(model) == QStringList{QStringLiteral("C-001"), QStringLiteral("C-002")});
    CHECK(model.index(0, CustomerTableModel::Name).data().toString() == QStringLiteral("北京星辰科技"));
    CHECK(model.index(1, CustomerTableModel::Lifecycle).data(ui::EnumKeyRole).toString()
          == QStringLiteral("retention"));
    CHECK(model.index(0, 0).data(ui::IdRole).toString()
          == repository.findByCode(QStringLiteral("C-001"))->meta.id);
    CHECK_FALSE(model.index(2, 0).isValid());

    proxy.sort(CustomerTableModel::Name, Qt::DescendingOrder);
    proxy.setSearchText(QStringLiteral("harbour"));
    proxy.setLifecycleFilter(core::LifecycleStage::Retention);
    test::addCustomer(*ws.db, QStringLiteral("C-003"), QStringLiteral("Harbour Logistics"));
    model.reload(repository);
    proxy.setSearchText({});
    proxy.setLifecycleFilter(std::nullopt);
    CHECK(proxy.rowCount() == 3);
    CHECK(warnings.messages().isEmpty());
}

TEST_CASE("Typing a search narrows the customer rows word by word, and the lifecycle filter combines with it")
{
    test::TempWorkspace ws;
    test::addCustomer(*ws.db, QStringLiteral("C-001"), QStringLiteral("北京星辰科技"), QStringLiteral("北京"),
                      QStringLiteral("010-88886666"));
    test::addCustomer(*ws.db, QStringLiteral("C-002"), QStringLiteral("Beijing Harbour Foods"),
                      QStringLiteral("北京"), {}, core::LifecycleStage::Retention);
    test::addCustomer(*ws.db, QStringLiteral("C-003"), QStringLiteral("Shanghai Harbour Trading"),
                      QStringLiteral("上海"), QStringLiteral("021-55550000"),
                      core::LifecycleStage::Retention);

    ui::CustomerTableModel model;
    ui::CustomerFilterProxyModel proxy;
    proxy.setCustomerModel(&model);
    model.reload(core::CustomerRepository(*ws.db));
    REQUIRE(proxy.rowCount() == 3);

    // As if typed one key at a time: "h", "ha", … "harbour".
    const QString typed = QStringLiteral("harbour");
    for (qsizetype i = 1; i <= typed.size(); ++i)
        proxy.setSearchText(typed.left(i));
    CHECK(codesIn(proxy) == QStringList{QStringLiteral("C-002"), QStringLiteral("C-003")});

    proxy.setSearchText(QStringLiteral("HARBOUR 上海"));
    CHECK(codesIn(proxy) == QStringList{QStringLiteral("C-003")});
    proxy.setSearchText(QStringLiteral("8888"));
    CHECK(codesIn(proxy) == QStringList{QStringLiteral("C-001")});
    proxy.setSearchText(QStringLiteral("北京"));
    CHECK(proxy.rowCount() == 2);
    proxy.setLifecycleFilter(core::LifecycleStage::Retention);
    CHECK(codesIn(proxy) == QStringList{QStringLiteral("C-002")});
    proxy.setSearchText(QStringLiteral("no such customer"));
    CHECK(proxy.rowCount() == 0);
    proxy.setSearchText({});
    proxy.setLifecycleFilter(std::nullopt);
    CHECK(proxy.rowCount() == 3);
}

TEST_CASE("Sorting by lifecycle stage follows the lifecycle, not the alphabet")
{
    test::TempWorkspace ws;
    test::addCustomer(*ws.db, QStringLiteral("C-001"), QStringLiteral("A"), {}, {},
                      core::LifecycleStage::Deepening);
    test::addCustomer(*ws.db, QStringLiteral("C-002"), QStringLiteral("B"), {}, {},
                      core::LifecycleStage::Acquisition);
    test::addCustomer(*ws.db, QStringLiteral("C-003"), QStringLiteral("C"), {}, {},
                      core::LifecycleStage::Delivery);
    ui::CustomerTableModel model;
    ui::CustomerFilterProxyModel proxy;
    proxy.setCustomerModel(&model);
    model.reload(core::CustomerRepository(*ws.db));
    proxy.sort(CustomerTableModel::Lifecycle, Qt::AscendingOrder);
    CHECK(codesIn(proxy)
          == QStringList{QStringLiteral("C-002"), QStringLiteral("C-003"), QStringLiteral("C-001")});
}

TEST_CASE("The customer form shows each problem next to its field and keeps OK disabled until all are fixed")
{
    test::clearSettings();
    test::TempWorkspace ws;
    test::addCustomer(*ws.db, QStringLiteral("C-001"), QStringLiteral("Existing customer"));

    core::Customer fresh;
    fresh.code = core::CustomerRepository(*ws.db).nextCode();
    ui::CustomerDialog dialog(*ws.db, fresh);
    const ui::FieldMessages &messages = dialog.messages();

    // A new form: the code is prefilled and free, only the name is missing.
    CHECK(messages.message(QStringLiteral("code")).isEmpty());
    CHECK_FALSE(messages.message(QStringLiteral("name")).isEmpty());
    CHECK_FALSE(okEnabled(dialog));

    setText(dialog, "name", QStringLiteral("Harbour Foods"));
    CHECK(messages.message(QStringLiteral("name")).isEmpty());
    CHECK(okEnabled(dialog));

    setText(dialog, "email", QStringLiteral("not-an-address"));
    CHECK_FALSE(messages.message(QStringLiteral("email")).isEmpty());
    CHECK(dialog.findChild<QLineEdit *>(QStringLiteral("email"))->property("invalid").toBool());
    CHECK_FALSE(okEnabled(dialog));
    setText(dialog, "email", QStringLiteral("buyer@harbour.example"));
    CHECK(messages.message(QStringLiteral("email")).isEmpty());
    CHECK_FALSE(dialog.findChild<QLineEdit *>(QStringLiteral("email"))->property("invalid").toBool());

    setText(dialog, "code", QStringLiteral("C-001"));
    CHECK(messages.message(QStringLiteral("code")).contains(QStringLiteral("C-001")));
    CHECK_FALSE(okEnabled(dialog));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);

    setText(dialog, "code", QStringLiteral("C-777"));
    setText(dialog, "name", QString());
    CHECK_FALSE(messages.message(QStringLiteral("name")).isEmpty());
    CHECK(messages.messageLabel(QStringLiteral("name"))->parentWidget()
          == dialog.findChild<QLineEdit *>(QStringLiteral("name"))->parentWidget());
    CHECK_FALSE(okEnabled(dialog));

    setText(dialog, "name", QStringLiteral("Harbour Foods"));
    CHECK(okEnabled(dialog));
    const core::Customer entered = dialog.customer();
    CHECK(entered.code == QStringLiteral("C-777"));
    CHECK(entered.email == QStringLiteral("buyer@harbour.example"));
}

TEST_CASE("Editing a customer keeps its own code valid and fills every field from the record")
{
    test::clearSettings();
    test::TempWorkspace ws;
    core::Customer stored = test::addCustomer(*ws.db, QStringLiteral("C-001"),
                                              QStringLiteral("Harbour Foods"), QStringLiteral("上海"),
                                              QStringLiteral("021-55550000"), core::LifecycleStage::Delivery);
    ui::CustomerDialog dialog(*ws.db, stored);
    CHECK(dialog.messages().message(QStringLiteral("code")).isEmpty());
    CHECK(okEnabled(dialog));
    CHECK(dialog.findChild<QComboBox *>(QStringLiteral("region"))->currentText() == QStringLiteral("上海"));
    const core::Customer round = dialog.customer();
    CHECK(round.meta.id == stored.meta.id);
    CHECK(round.phone == stored.phone);
    CHECK(round.lifecycle == core::LifecycleStage::Delivery);
}
