// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <span>

// Name pools of the trainer demo: Chinese and English companies, people,
// places and industries. All texts are UTF-8 and fictional.
namespace sb::core::demo::names {

/// A word with its romanisation (pinyin or English), used for e-mail addresses.
struct Word
{
    const char *text;
    const char *latin;
};

struct Region
{
    const char *name; ///< 华东, 华南 …
    int weight; ///< share of customers, relative
};

struct City
{
    const char *name; ///< 上海
    const char *latin; ///< Shanghai
    int region; ///< index into regions()
    int weight; ///< share within the region, relative
};

/// Number of product lines; industries state their appetite for each.
inline constexpr int productLineCount = 5;

struct Industry
{
    const char *name; ///< 制造业
    int weight; ///< share of customers, relative
    std::span<const char *const> trades; ///< words in Chinese company names
    std::span<const char *const> nouns; ///< words in English company names
    int lineAffinity[productLineCount]; ///< relative demand per product line
};

struct ProductLine
{
    const char *name; ///< 工业自动化
    const char *prefix; ///< SKU prefix
    int costPercent; ///< typical unit cost as a share of the price
};

struct ProductItem
{
    int line; ///< index into productLines()
    const char *name;
    double price; ///< list price in yuan
    int typicalQuantity; ///< per order line for a mid-size customer
    int leadTimeDays;
};

std::span<const Region> regions();
std::span<const City> cities();
std::span<const Industry> industries();
std::span<const ProductLine> productLines();
std::span<const ProductItem> productItems();
/// Labels that turn one product item into several SKUs ("" for the base one).
std::span<const char *const> productVariants();

std::span<const Word> surnames();
std::span<const Word> givenNames();
std::span<const char *const> englishFirstNames();
std::span<const char *const> englishLastNames();

/// Chinese brand names are a head and a tail character (鑫 + 达); no character is in both.
std::span<const Word> brandHeads();
std::span<const Word> brandTails();
/// English brand names likewise: Blue + wave.
std::span<const char *const> englishBrandHeads();
std::span<const char *const> englishBrandTails();

std::span<const char *const> customerTitles();
std::span<const char *const> englishTitles();
std::span<const char *const> leadSources();
/// Reliability of each lead source for lead scoring, 0–100 (same order as leadSources()).
std::span<const int> leadSourceScores();
std::span<const char *const> competitors();
std::span<const char *const> lostReasons();
std::span<const char *const> ticketCategories();
std::span<const char *const> contractReviewers();

} // namespace sb::core::demo::names
