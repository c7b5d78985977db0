# random with a seed: sample, triangular, betavariate, expovariate, normalvariate, randbytes
import random
random.seed(1)
print(random.sample(sorted({'a', 'b', 'c'}), 2), random.triangular(0, 1), random.betavariate(2, 3))
print(random.expovariate(1.5), random.normalvariate(0, 1), random.vonmisesvariate(1, 1))
print(random.randbytes(4), random.paretovariate(2), random.lognormvariate(0, 1))
state = random.getstate()
a = [random.randint(1, 100) for _ in range(5)]
random.setstate(state)
print(a == [random.randint(1, 100) for _ in range(5)], a)
rolls = [random.randint(1, 6) for _ in range(600)]
print([rolls.count(i) for i in range(1, 7)])
print(random.sample(range(10), k=11))
