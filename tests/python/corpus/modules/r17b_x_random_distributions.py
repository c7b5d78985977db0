# random's other functions with a seed: sample of a range, triangular, expovariate, choices with cum_weights
import random

random.seed(99)
print(random.sample(range(100), k=5))
print([round(random.triangular(0, 10, 3), 4) for _ in range(3)])
print([round(random.expovariate(2.0), 4) for _ in range(3)])
print(round(random.betavariate(2, 5), 6), round(random.normalvariate(10, 2), 6), round(random.lognormvariate(0, 1), 6))
print(random.choices(['a', 'b', 'c'], cum_weights=[1, 5, 10], k=6))
print(round(random.vonmisesvariate(1, 2), 6), round(random.paretovariate(3), 6), round(random.weibullvariate(1, 2), 6))
state = random.getstate()
x = random.random()
random.setstate(state)
print(x == random.random(), random.randbytes(4).hex())
print(random.sample(['x', 'y'], 3))
