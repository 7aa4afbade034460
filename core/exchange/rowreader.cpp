// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/rowreader.h"

#include "core/exchange/csvreader.h"
#include "core/exchange/importmapping.h"

namespace sb::core {

namespace {
constexpr qsizetype BatchSize = 512;
constexpr std::size_t QueuedBatches = 8;

QList<int> slotsOf(const RowLayout &layout, const QStringList &fields)
{
    QList<int> fieldSlots;
    for (const QString &field : fields) {
        if (const int s = layout.fieldSlots.value(field, -1); s >= 0)
            fieldSlots.append(s);
    }
    return fieldSlots;
}
} // namespace

RowReader::RowReader(CsvReader &reader, std::shared_ptr<const RowLayout> layout, const ImportMapping &mapping,
                     qsizetype headerSize, QStringList dateFields)
    : m_reader(reader),
      m_layout(std::move(layout)),
      m_mapping(mapping),
      m_headerSize(headerSize),
      m_dateSlots(slotsOf(*m_layout, dateFields)),
      m_thread([this] { run(); })
{
}

RowReader::~RowReader()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

// Queues a full batch and swaps in an emptied one (reusing its memory: allocating
// fresh batches of this size made the allocator consolidate all the time).
bool RowReader::push(Batch &batch)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_stop || m_queue.size() < QueuedBatches; });
    if (m_stop)
        return false;
    m_queue.push_back(std::move(batch));
    batch = Batch();
    if (!m_spare.empty()) {
        batch = std::move(m_spare.back());
        m_spare.pop_back();
    }
    lock.unlock();
    m_changed.notify_all();
    batch.reserve(BatchSize);
    return true;
}

void RowReader::run()
{
    try {
        QStringList record;
        Batch batch;
        batch.reserve(BatchSize);
        bool more = true;
        while (more) {
            more = m_reader.next(record);
            if (more) {
                ReadRow &row = batch.emplace_back();
                row.input.row = m_reader.row();
                row.fieldCount = record.size();
                row.bytesRead = m_reader.bytesRead();
                if (record.size() == m_headerSize) {
                    row.input.layout = m_layout;
                    row.input.fill(record, m_mapping);
                    for (const int s : m_dateSlots)
                        m_detector.add(row.input.texts[s]);
                }
            }
            if (((!more && !batch.isEmpty()) || batch.size() == BatchSize) && !push(batch))
                return;
        }
    } catch (...) {
        const std::lock_guard lock(m_mutex);
        m_failure = std::current_exception();
    }
    {
        const std::lock_guard lock(m_mutex);
        m_finished = true;
    }
    m_changed.notify_all();
}

bool RowReader::next(ReadRow &row)
{
    if (m_next >= m_current.size()) {
        m_current.clear(); // keeps the capacity for the reading thread
        std::unique_lock lock(m_mutex);
        if (m_current.capacity() > 0)
            m_spare.push_back(std::move(m_current));
        m_changed.wait(lock, [this] { return !m_queue.empty() || m_finished; });
        if (m_queue.empty()) {
            if (m_failure)
                std::rethrow_exception(m_failure);
            return false;
        }
        m_current = std::move(m_queue.front());
        m_queue.pop_front();
        m_next = 0;
        lock.unlock();
        m_changed.notify_all();
    }
    row = std::move(m_current[m_next++]);
    return true;
}

} // namespace sb::core
