#pragma once
/// @file ordered_work_queue.h
/// Numbered work items run on a few threads; their results come back on the calling thread in
/// item order (a reorder buffer), each as soon as it and every earlier item are done. At most a
/// window of results exists at once, so memory does not grow with the number of items.

#include <algorithm>
#include <condition_variable>
#include <cstddef>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>
#include <type_traits>
#include <utility>
#include <vector>

namespace empreinte::cli {

namespace detail {

/// The state workers and the consumer share: which item is next to claim, which is next to
/// hand back, and a ring of `window` slots for results that wait for their turn.
template <typename Result>
class OrderedSlots {
 public:
  /// A finished item: its result, or the exception its work threw.
  struct Outcome {
    /// Set when the work returned.
    std::optional<Result> result;
    /// Set when the work threw.
    std::exception_ptr error;
  };

  /// Slots for `count` items, at most `window` (≥ 1) claimed and not yet taken.
  OrderedSlots(std::size_t count, std::size_t window) : count_(count), slots_(window) {}

  /// The next item for a worker; waits while the window is full; nullopt when there is none
  /// left or the queue was stopped.
  std::optional<std::size_t> claim() {
    std::unique_lock lock(mutex_);
    claimable_.wait(lock, [this] {
      return stopped_ || next_claim_ == count_ || next_claim_ < next_take_ + slots_.size();
    });
    if (stopped_ || next_claim_ == count_) return std::nullopt;
    return next_claim_++;
  }

  /// Stores the outcome of item `index` (claimed earlier) and wakes the consumer.
  void complete(std::size_t index, Outcome outcome) {
    {
      const std::lock_guard lock(mutex_);
      slots_[index % slots_.size()] = std::move(outcome);
    }
    completed_.notify_one();
  }

  /// Waits for item `next_take_`, removes it from its slot and lets one more item be claimed.
  Outcome take() {
    std::unique_lock lock(mutex_);
    std::optional<Outcome>& slot = slots_[next_take_ % slots_.size()];
    completed_.wait(lock, [&slot] { return slot.has_value(); });
    Outcome out = std::move(*slot);
    slot.reset();
    ++next_take_;
    lock.unlock();
    claimable_.notify_all();
    return out;
  }

  /// Makes every waiting and later claim() return nullopt.
  void stop() {
    {
      const std::lock_guard lock(mutex_);
      stopped_ = true;
    }
    claimable_.notify_all();
  }

 private:
  std::mutex mutex_;
  std::condition_variable claimable_;
  std::condition_variable completed_;
  std::size_t count_;
  std::vector<std::optional<Outcome>> slots_;
  std::size_t next_claim_ = 0;
  std::size_t next_take_ = 0;
  bool stopped_ = false;
};

/// Worker threads over one OrderedSlots. The destructor stops the queue and joins every
/// thread, whether the consumer finished or left early on an exception.
template <typename Result>
class WorkerGroup {
 public:
  /// Starts `jobs` threads, each claiming items and running `work` on them.
  template <typename Work>
  WorkerGroup(OrderedSlots<Result>& slots, unsigned jobs, Work& work) : slots_(slots) {
    threads_.reserve(jobs);
    for (unsigned i = 0; i < jobs; ++i) {
      threads_.emplace_back([&slots, &work] {
        while (const std::optional<std::size_t> index = slots.claim()) {
          typename OrderedSlots<Result>::Outcome outcome;
          try {
            outcome.result.emplace(work(*index));
          } catch (...) {
            outcome.error = std::current_exception();
          }
          slots.complete(*index, std::move(outcome));
        }
      });
    }
  }
  /// Stops the queue, then waits for every thread to finish its current item.
  ~WorkerGroup() {
    slots_.stop();
    for (std::thread& thread : threads_) thread.join();
  }
  WorkerGroup(const WorkerGroup&) = delete;
  WorkerGroup& operator=(const WorkerGroup&) = delete;

 private:
  OrderedSlots<Result>& slots_;
  std::vector<std::thread> threads_;
};

}  // namespace detail

/// Runs `work(i)` for every i in [0, count) on `jobs` worker threads and calls
/// `deliver(i, result)` on the calling thread for i = 0, 1, 2 … in that order, each as soon as
/// item i is done. At most `window` items (at least one) are claimed and not yet delivered, so
/// at most `window` + 1 results exist at once. With `jobs` ≤ 1 everything runs on the calling
/// thread, one item after the other. No more than `count` threads are started.
///
/// `work` must be safe to call from several threads at once and should have no side effect
/// whose order matters: the order is `deliver`'s job. If `work(i)` throws, the exception is
/// rethrown here when item i's turn comes, after every item before it was delivered and every
/// worker has stopped; later items are dropped. An exception from `deliver` also stops the
/// workers before it leaves.
template <typename Work, typename Deliver>
void run_in_order(std::size_t count, unsigned jobs, std::size_t window, Work work,
                  Deliver deliver) {
  using Result = std::invoke_result_t<Work&, std::size_t>;
  if (jobs <= 1 || count <= 1) {
    for (std::size_t i = 0; i < count; ++i) deliver(i, work(i));
    return;
  }
  // No more threads or slots than items.
  jobs = static_cast<unsigned>(std::min<std::size_t>(jobs, count));
  detail::OrderedSlots<Result> slots(count, std::clamp<std::size_t>(window, 1, count));
  const detail::WorkerGroup<Result> workers(slots, jobs, work);
  for (std::size_t i = 0; i < count; ++i) {
    typename detail::OrderedSlots<Result>::Outcome outcome = slots.take();
    if (outcome.error) std::rethrow_exception(outcome.error);
    deliver(i, std::move(*outcome.result));
  }
}

}  // namespace empreinte::cli
