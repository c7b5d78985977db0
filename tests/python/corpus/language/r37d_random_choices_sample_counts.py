# A seeded loot-drop simulator: choices with weights, sample with counts, shuffle and getrandbits.
import random
from collections import Counter

random.seed(2024)
loot = ["common", "rare", "epic", "legend"]
drops = random.choices(loot, weights=[70, 20, 8, 2], k=200)
print(sorted(Counter(drops).items()))
print(random.choices(loot, cum_weights=[1, 2, 3, 4], k=6))
deck = random.sample(["red", "blue"], counts=[3, 2], k=5)
print(deck)
hand = list(range(1, 11))
random.shuffle(hand)
print(hand)
print(random.randrange(0, 100, 5), random.randint(-3, 3), random.getrandbits(12))
print(round(random.uniform(1, 2), 6), round(random.triangular(0, 10, 8), 6), round(random.gauss(0, 1), 6))
print(random.choice("xyz"), random.random() < 1)
state = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(state)
print(a == [random.random() for _ in range(3)])
r = random.Random(5)
print(r.sample(range(100), 4), r.randbytes(4).hex())
try:
    random.sample({1, 2, 3}, 2)
except TypeError as e:
    print(e)
random.choice([])
