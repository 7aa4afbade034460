// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/entityimport.h"
#include "core/exchange/valueparsers.h"

#include <QList>
#include <QStringList>

#include <condition_variable>
#include <deque>
#include <exception>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace sb::core {

class CsvReader;
struct ImportMapping;

/// A record of the file as the importer sees it.
struct ReadRow
{
    RowInput input; ///< input.row is the line number; texts are empty for a ragged row
    qsizetype fieldCount = 0; ///< fields the record has
    qint64 bytesRead = 0; ///< of the file, for progress
};

/// Reads and maps the records of an import on a second thread while the caller
/// writes the rows before them: parsing overlaps writing. The rows travel in
/// batches through a short queue, so memory stays the same whatever the file size.
class RowReader final
{
public:
    /// Starts reading the records after the header; `reader`, `mapping` and the
    /// date fields must outlive this object.
    RowReader(CsvReader &reader, std::shared_ptr<const RowLayout> layout, const ImportMapping &mapping,
              qsizetype headerSize, QStringList dateFields);
    /// Stops the thread (when the caller gives up early) and waits for it.
    ~RowReader();
    RowReader(const RowReader &) = delete;
    RowReader &operator=(const RowReader &) = delete;

    /// The next row; false at the end of the file or at a reading error (see
    /// CsvReader::error(), which is safe to call once this returned false).
    bool next(ReadRow &row);
    /// The day/month order the dates read so far settle (once next() returned false).
    parse::DateOrder dateOrder() const { return m_detector.order(); }

private:
    using Batch = QList<ReadRow>;
    void run();
    bool push(Batch &batch);

    CsvReader &m_reader;
    const std::shared_ptr<const RowLayout> m_layout;
    const ImportMapping &m_mapping;
    const qsizetype m_headerSize;
    const QList<int> m_dateSlots;
    parse::DateOrderDetector m_detector;

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_queue;
    std::vector<Batch> m_spare; ///< read batches, handed back to be filled again
    bool m_finished = false; ///< the thread has read its last record
    bool m_stop = false; ///< the caller wants no more rows
    std::exception_ptr m_failure;
    Batch m_current;
    qsizetype m_next = 0;
    std::thread m_thread; ///< last: starts once everything above is ready
};

} // namespace sb::core
