package org.civicgrid.routing.notify;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;

/**
 * How a {@link NotificationDispatcher} retries: exponential back-off from {@code firstDelay},
 * doubling per failed attempt up to {@code maxDelay}, a dead letter after {@code maxAttempts}
 * attempts, and how long a claim is leased. Immutable.
 *
 * @param maxAttempts attempts before an entry becomes a dead letter, at least 1
 * @param firstDelay the wait after the first failure, positive
 * @param maxDelay the longest wait, at least {@code firstDelay}
 * @param lease how long a claim keeps other dispatchers off; longer than one delivery takes
 * @param batchSize how many entries one claim takes
 */
public record RetryPolicy(int maxAttempts, Duration firstDelay, Duration maxDelay, Duration lease, int batchSize) {

  public RetryPolicy {
    checkArgument(maxAttempts >= 1, "maxAttempts %s must be at least 1", maxAttempts);
    checkArgument(checkNotNull(firstDelay, "firstDelay").compareTo(Duration.ZERO) > 0,
        "firstDelay %s must be positive", firstDelay);
    checkArgument(checkNotNull(maxDelay, "maxDelay").compareTo(firstDelay) >= 0,
        "maxDelay %s must be at least firstDelay %s", maxDelay, firstDelay);
    checkArgument(checkNotNull(lease, "lease").compareTo(Duration.ZERO) > 0, "lease %s must be positive", lease);
    checkArgument(batchSize >= 1, "batchSize %s must be at least 1", batchSize);
  }

  /**
   * Eight attempts, 30 s doubling to at most 1 h (about an hour from the first failure to a dead
   * letter, in the range of FixMyStreet's send queue), a 5 min lease and batches of 100.
   */
  public static RetryPolicy standard() {
    return new RetryPolicy(8, Duration.ofSeconds(30), Duration.ofHours(1), Duration.ofMinutes(5), 100);
  }

  /**
   * The wait after the given failed attempt: {@code firstDelay × 2^(attempt-1)}, capped at {@code
   * maxDelay}.
   *
   * @throws IllegalArgumentException when {@code attempt} is below 1
   */
  public Duration delayAfter(int attempt) {
    checkArgument(attempt >= 1, "attempt %s must be at least 1", attempt);
    Duration delay = firstDelay;
    for (int failed = 1; failed < attempt && delay.compareTo(maxDelay) < 0; failed++) {
      delay = delay.multipliedBy(2);
    }
    return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
  }
}
