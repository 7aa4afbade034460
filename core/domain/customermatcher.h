// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace sb::core {

/// An existing customer as the duplicate check sees it.
struct CustomerMatchCandidate
{
    QString id;
    QString code;
    QString name;
    QString phone;
};

/// An existing customer that looks like the one being entered, and why.
struct CustomerMatch
{
    CustomerMatchCandidate customer;
    bool similarName = false; ///< normalised names equal, or one contains the other
    bool samePhone = false; ///< the same phone number, ignoring formatting and a country prefix
};

/// Finds existing customers a new entry probably duplicates. Names are compared
/// after normalising (case, full-width forms, spaces and punctuation, legal
/// suffixes such as 有限公司 or Co., Ltd.): equal, or one containing the other when
/// the shorter has at least kMinContainedLength characters. Phones are compared
/// on their last digits (at least 7), so "+86 10 8888 6666" matches "010-88886666".
/// The candidates are normalised once, so each look-up is a linear scan.
class CustomerMatcher final
{
public:
    static constexpr int kMinContainedLength = 4;
    static constexpr int kPhoneDigits = 8;
    static constexpr int kMinPhoneDigits = 7;

    explicit CustomerMatcher(const QList<CustomerMatchCandidate> &candidates = {});

    /// Up to `limit` matches for a name and phone, skipping the customer `exceptId`;
    /// matches on both name and phone first, then in candidate order.
    QList<CustomerMatch> find(const QString &name, const QString &phone, const QString &exceptId = {},
                              int limit = 5) const;

    /// The name reduced to what identifies the company (see the class comment).
    static QString normalisedName(QStringView name);
    /// The digits of a phone number.
    static QString phoneDigits(QStringView phone);
    /// True when two normalised names are equal or one contains the other.
    static bool namesMatch(const QString &normalisedA, const QString &normalisedB);
    /// True when two digit strings end in the same number (see the class comment).
    static bool phonesMatch(const QString &digitsA, const QString &digitsB);

private:
    struct Entry
    {
        CustomerMatchCandidate customer;
        QString name;
        QString phone;
    };
    QList<Entry> m_entries;
};

} // namespace sb::core
