# Seeded random for a dice game, shuffling a deck, sampling and weighted choices
import random

random.seed(2024)
rolls = [random.randint(1, 6) for _ in range(10)]
print(rolls, sum(rolls))
deck = [r + s for s in "♠♥" for r in "A23456789"]
random.shuffle(deck)
print(deck[:5])
print(random.choice(["rock", "paper", "scissors"]), random.sample(range(100), 5))
print(random.choices("abc", weights=[10, 1, 1], k=8))
print(round(random.random(), 6), round(random.uniform(10, 20), 4), random.randrange(0, 100, 5))
print(random.getrandbits(16), round(random.gauss(0, 1), 6))
rng = random.Random(7)
print([rng.randint(0, 9) for _ in range(6)], rng.choice("xyz"))
state = random.getstate()
a = random.random()
random.setstate(state)
print(a == random.random())
random.sample({1, 2, 3}, 2)
