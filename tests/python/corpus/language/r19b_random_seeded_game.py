# Dice game and shuffling with a seeded random generator
import random

random.seed(2024)
print([random.randint(1, 6) for _ in range(10)])
print(random.random(), random.uniform(1.5, 2.5))
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:8])
print(random.choice(deck), random.sample(range(100), 5), random.randrange(0, 100, 7))
print(random.choices(["a", "b", "c"], weights=[5, 1, 1], k=10))
print(random.choices("xyz", cum_weights=[1, 2, 10], k=6))
print(round(random.gauss(0, 1), 10), round(random.normalvariate(10, 2), 10))
print(round(random.expovariate(1.5), 10), round(random.triangular(0, 10, 3), 10))
print(random.getrandbits(70), random.randbytes(5).hex())
r = random.Random(7)
print(r.randint(1, 10**30), r.sample(["ann", "bob", "cy", "di"], k=2))
state = r.getstate()
a = [r.random() for _ in range(3)]
r.setstate(state)
print(a == [r.random() for _ in range(3)])
random.seed("hello")
print(random.randint(0, 1000))
random.seed(b"hello")
print(random.randint(0, 1000))
random.seed(3.5)
print(random.random())
rolls = {}
rng = random.Random(99)
for _ in range(600):
    t = rng.randint(1, 6) + rng.randint(1, 6)
    rolls[t] = rolls.get(t, 0) + 1
for total in sorted(rolls):
    print(f"{total:2}: {'#' * (rolls[total] // 5)}")
print(rng.choice([]))
