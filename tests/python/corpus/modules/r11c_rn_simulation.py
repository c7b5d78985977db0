import random
from collections import Counter

random.seed(42)
rolls = Counter(random.randint(1, 6) + random.randint(1, 6) for _ in range(1000))
for total in range(2, 13):
    print(f"{total:>2} {rolls[total]:>4} {'*' * (rolls[total] // 10)}")
walk = [0]
for _ in range(20):
    walk.append(walk[-1] + random.choice((-1, 1)))
print(walk, max(walk), min(walk))
population = ["A"] * 3 + ["B"] * 2
random.shuffle(population)
print(population)
def monte_carlo_pi(n):
    inside = sum(1 for _ in range(n) if random.random() ** 2 + random.random() ** 2 <= 1)
    return 4 * inside / n
print(monte_carlo_pi(5000))
state = random.getstate()
a = random.random()
random.setstate(state)
print(a == random.random())
