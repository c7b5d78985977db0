# Seeded random: weighted choices, sample with counts, shuffle, randrange, getstate
import random

random.seed(2024)
colors = ["red", "green", "blue"]
print(random.choices(colors, weights=[5, 1, 1], k=8))
print(random.choices(colors, cum_weights=[1, 2, 10], k=5))
print(random.sample(["x", "y"], counts=[3, 2], k=4))
deck = list(range(10))
random.shuffle(deck)
print(deck)
print([random.randrange(0, 100, 5) for _ in range(5)])
print(round(random.uniform(1, 2), 6), round(random.triangular(0, 10, 8), 6))
state = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(state)
b = [random.random() for _ in range(3)]
print(a == b, [round(x, 4) for x in a])
rng = random.Random("seed-as-string")
print(rng.randint(1, 6), rng.choice("abcdef"), rng.getrandbits(16))
print(round(random.gauss(100, 15), 3), round(random.expovariate(2), 5))
try:
    random.sample(range(3), 5)
except ValueError as e:
    print("ValueError:", e)
