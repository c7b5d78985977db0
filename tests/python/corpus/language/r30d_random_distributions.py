# random with a seed: triangular, expovariate, betavariate, randbytes, sample errors
import random

random.seed(99)
print([round(random.triangular(0, 10, 2), 4) for _ in range(3)])
print(round(random.expovariate(1.5), 6), round(random.betavariate(2, 5), 6), round(random.normalvariate(10, 2), 6))
print(random.randbytes(4).hex(), random.getrandbits(40), round(random.lognormvariate(0, 1), 6))
print(random.sample(range(10), k=3), random.choices(range(3), cum_weights=[1, 1, 10], k=5))
state = random.getstate()
first = random.random()
random.setstate(state)
print(first == random.random())
for bad in [lambda: random.sample({1, 2, 3}, 2), lambda: random.randint(5, 1), lambda: random.shuffle("abc")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(random.sample([1, 2], 3))
