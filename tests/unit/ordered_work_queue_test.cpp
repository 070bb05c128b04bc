// The reorder buffer of parallel batches (cli/ordered_work_queue.h): results come back in item
// order whatever order the threads finish in, no more than the window is in flight, and an
// exception stops the batch where a sequential run would have stopped.
#include "cli/ordered_work_queue.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace empreinte::cli {
namespace {

// A pause that varies from item to item, so that later items often finish first.
void uneven_pause(std::size_t index) {
  std::this_thread::sleep_for(std::chrono::microseconds((index * 7919) % 5 * 200));
}

TEST(OrderedWorkQueue, DeliversInItemOrderWhateverTheThreadsDo) {
  std::vector<std::size_t> delivered;
  run_in_order(
      200, 4, 8,
      [](std::size_t i) {
        uneven_pause(i);
        return std::to_string(i);
      },
      [&](std::size_t i, const std::string& result) {
        EXPECT_EQ(result, std::to_string(i));
        delivered.push_back(i);
      });
  ASSERT_EQ(delivered.size(), 200U);
  for (std::size_t i = 0; i < delivered.size(); ++i) EXPECT_EQ(delivered[i], i);
}

TEST(OrderedWorkQueue, KeepsNoMoreThanTheWindowInFlight) {
  constexpr std::size_t kWindow = 6;
  std::atomic<std::size_t> in_flight{0};
  std::atomic<std::size_t> most{0};
  run_in_order(
      100, 3, kWindow,
      [&](std::size_t i) {
        const std::size_t now = ++in_flight;
        std::size_t seen = most.load();
        while (now > seen && !most.compare_exchange_weak(seen, now)) {
        }
        uneven_pause(i);
        return i;
      },
      [&](std::size_t, std::size_t) {
        // A slow consumer: the workers must wait for it rather than pile results up.
        std::this_thread::sleep_for(std::chrono::microseconds(300));
        --in_flight;
      });
  // Claimed and not yet taken ≤ window, plus the one being delivered.
  EXPECT_LE(most.load(), kWindow + 1);
  EXPECT_GE(most.load(), 2U) << "the work never ran in parallel";
}

TEST(OrderedWorkQueue, RethrowsAtTheFailingItemAfterEveryEarlierOne) {
  std::vector<std::size_t> delivered;
  EXPECT_THROW(run_in_order(
                   50, 4, 8,
                   [](std::size_t i) {
                     uneven_pause(i);
                     if (i == 17) throw std::runtime_error("item 17");
                     return i;
                   },
                   [&](std::size_t i, std::size_t) { delivered.push_back(i); }),
               std::runtime_error);
  ASSERT_EQ(delivered.size(), 17U);
  EXPECT_EQ(delivered.back(), 16U);
}

TEST(OrderedWorkQueue, AnExceptionFromTheConsumerStopsTheWorkers) {
  std::atomic<std::size_t> started{0};
  EXPECT_THROW(run_in_order(
                   1000, 2, 4,
                   [&](std::size_t i) {
                     ++started;
                     return i;
                   },
                   [](std::size_t i, std::size_t) {
                     if (i == 3) throw std::runtime_error("disk full");
                   }),
               std::runtime_error);
  EXPECT_LE(started.load(), 3U + 4U + 1U);
}

TEST(OrderedWorkQueue, OneJobRunsOnTheCallingThreadInOrder) {
  const std::thread::id caller = std::this_thread::get_id();
  std::vector<std::size_t> order;
  run_in_order(
      5, 1, 2,
      [&](std::size_t i) {
        EXPECT_EQ(std::this_thread::get_id(), caller);
        order.push_back(i);
        return i;
      },
      [&](std::size_t i, std::size_t) { order.push_back(100 + i); });
  EXPECT_EQ(order, (std::vector<std::size_t>{0, 100, 1, 101, 2, 102, 3, 103, 4, 104}));
}

TEST(OrderedWorkQueue, NoItemsIsNothingToDo) {
  bool called = false;
  run_in_order(
      0, 4, 8, [&](std::size_t i) { return i; }, [&](std::size_t, std::size_t) { called = true; });
  EXPECT_FALSE(called);
}

}  // namespace
}  // namespace empreinte::cli
