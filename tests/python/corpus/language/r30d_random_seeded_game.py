# Seeded random: dice, choice, choices with weights, sample, shuffle, uniform, randrange
import random

random.seed(2024)
rolls = [random.randint(1, 6) for _ in range(10)]
print(rolls, sum(rolls))
deck = [r + s for s in "SH" for r in "A23456"]
random.shuffle(deck)
print(deck[:5])
print(random.choice(["rock", "paper", "scissors"]), random.sample(range(100), 5))
print(random.choices("abc", weights=[10, 1, 1], k=8))
print(round(random.random(), 6), round(random.uniform(1, 2), 6), random.randrange(0, 100, 7))
print(round(random.gauss(0, 1), 6), random.getrandbits(16))
rng = random.Random(7)
print([rng.randint(1, 100) for _ in range(5)])
random.seed("hello")
print(random.random())
print(random.choice([]))
