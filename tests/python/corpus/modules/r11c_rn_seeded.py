import random

random.seed(2024)
print(random.choices(["red", "green", "blue"], weights=[10, 1, 1], k=8))
print(random.choices(range(5), cum_weights=[1, 2, 3, 4, 100], k=5))
print(random.sample(range(100), 5), random.sample("abcdefgh", k=3))
deck = [f"{r}{s}" for s in "SH" for r in "A23456"]
random.shuffle(deck)
print(deck)
print([round(random.gauss(0, 1), 4) for _ in range(3)])
print(round(random.uniform(1, 10), 6), random.randrange(0, 100, 5), random.randint(-3, 3))
print(random.choice(["heads", "tails"]), round(random.random(), 10))
rng = random.Random(99)
print(rng.randint(1, 6), rng.sample([1, 2, 3], 3), rng.choices("xy", k=4))
try:
    random.choices([1, 2], weights=[1], k=2)
except ValueError as e:
    print("ValueError:", e)
try:
    random.sample([1, 2], 3)
except ValueError as e:
    print("ValueError:", e)
try:
    random.choice([])
except IndexError as e:
    print("IndexError:", e)
