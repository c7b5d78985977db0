# random with a seed: randint, choice, choices, sample, shuffle, uniform, gauss
import random

random.seed(42)
print([random.randint(1, 10) for _ in range(5)])
print(random.choice(['A', 'B', 'C']), random.choices('xyz', k=4), random.choices('ab', weights=[9, 1], k=5))
deck = list(range(1, 11))
random.shuffle(deck)
print(deck, random.sample(deck, 3))
print(round(random.random(), 6), round(random.uniform(1, 2), 6), round(random.gauss(0, 1), 6))
print(random.randrange(0, 100, 5), random.getrandbits(16))
r = random.Random(7)
print(r.randint(1, 6), r.randint(1, 6), random.Random(7).randint(1, 6))
random.seed('text seed')
print(random.randint(1, 1000))
print(random.choice([]))
