# Simulating dice with a seeded random: the distribution of two dice as a histogram.
import random

random.seed(42)
rolls = [random.randint(1, 6) + random.randint(1, 6) for _ in range(1000)]
counts = {s: rolls.count(s) for s in range(2, 13)}
for s, n in counts.items():
    print(f"{s:>2} {n:>4} {'#' * (n // 5)}")
print("mean:", sum(rolls) / len(rolls))
print("most common:", max(counts, key=counts.get))
random.seed(1)
print([random.choice("HT") for _ in range(10)])
deck = [r + s for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:5], random.sample(range(100), 5))
print(round(random.random(), 6), round(random.uniform(1, 10), 3))
