# random with a seed through every everyday function, and the errors of the common ones.
import random
random.seed(42)
print(random.random(), random.randint(1, 6), random.randrange(100), random.randrange(5, 50, 5))
print(random.uniform(-1, 1), random.choice(["rock", "paper", "scissors"]), random.choice(range(100)))
deck = list(range(1, 11))
random.shuffle(deck)
print(deck, random.sample(deck, 4), random.sample("abcdef", k=2))
print(random.choices("abc", k=6), random.choices([1, 2, 3], cum_weights=[1, 1, 10], k=4))
print(round(random.gauss(100, 15), 6), round(random.normalvariate(0, 1), 6), random.triangular())
print(random.getrandbits(8), random.getrandbits(70), random.randbytes(3).hex(), random.betavariate(1, 1))
print(random.expovariate(1 / 5), random.lognormvariate(0, 1), random.vonmisesvariate(0, 1), random.paretovariate(3))
print(random.weibullvariate(1, 2), random.gammavariate(2, 1))
r1, r2 = random.Random(5), random.Random(5)
print([r1.randint(0, 9) for _ in range(8)] == [r2.randint(0, 9) for _ in range(8)])
random.seed(1.5)
print(random.random())
random.seed(b"bytes")
print(random.random())
for call in [lambda: random.choice([]), lambda: random.randint(5, 1), lambda: random.sample([1], 2), lambda: random.randrange(0)]:
    try:
        call()
    except (IndexError, ValueError) as e:
        print(type(e).__name__ + ":", e)
