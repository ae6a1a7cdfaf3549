package dev.preflight.faults;

import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Seeded chaos: for each call, a draw decides whether it fails, and which of the faults that apply
 * to it. The same seed and the same sequence of calls give the same faults, so a failure seen once
 * can be replayed.
 */
public final class Chaos {
  private final long seed;
  private final double rate;
  private final Random random;

  public Chaos(long seed, double rate) {
    if (!(rate >= 0 && rate <= 1)) {
      throw new IllegalArgumentException("the chaos rate must be from 0 to 1 (got " + rate + ")");
    }
    this.seed = seed;
    this.rate = rate;
    this.random = new Random(seed);
  }

  public long seed() {
    return seed;
  }

  public double rate() {
    return rate;
  }

  /**
   * One call's draw. Every call uses up the same two numbers, whether or not it fails and whatever
   * faults apply to it, so the draw for the tenth call is the same whatever the first nine were.
   */
  public synchronized Optional<String> draw(List<String> applicable) {
    double roll = random.nextDouble();
    double choice = random.nextDouble();
    if (roll >= rate || applicable.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(applicable.get((int) (choice * applicable.size())));
  }
}
