# A seeded dice and card game simulation using many random functions.
import random

random.seed(2024)
rolls = [random.randint(1, 6) for _ in range(10)]
print(rolls, sum(rolls))
deck = [r + s for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
hand = deck[:5]
print(hand, random.choice(deck))
print(random.sample(range(100), 5), random.sample("abcdef", k=3))
print(random.choices(["win", "lose", "draw"], weights=[1, 5, 2], k=8))
print(random.choices("xyz", cum_weights=[1, 1, 10], k=4))
print(random.randrange(0, 100, 5), random.getrandbits(16), round(random.random(), 6))
print(round(random.uniform(1.5, 2.5), 4), round(random.gauss(0, 1), 4), round(random.triangular(0, 10, 3), 4))
state = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(state)
print(a == [random.random() for _ in range(3)])
r = random.Random(7)
print(r.randint(1, 100), r.choice("abc"), r.random() < 1)
random.seed("text seed")
print(random.randint(0, 10**6))
try:
    random.choice([])
except IndexError as e:
    print("IndexError:", e)
try:
    random.sample([1, 2], 3)
except ValueError as e:
    print("ValueError:", e)
print(round(random.expovariate(2.0), 5), round(random.betavariate(2, 3), 5))
