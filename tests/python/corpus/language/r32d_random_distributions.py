# Seeded random distributions and helpers: triangular, choices with cum_weights, randbytes, old shuffle
import random

random.seed("course-2024")
print(random.randint(1, 100), round(random.triangular(0, 10, 8), 5), round(random.betavariate(2, 5), 5))
print(round(random.expovariate(1.5), 5), round(random.normalvariate(50, 5), 4), round(random.lognormvariate(0, 1), 5))
print(random.choices(["win", "lose"], cum_weights=[1, 10], k=6), random.randbytes(4).hex())
print(round(random.vonmisesvariate(0, 1), 5), round(random.paretovariate(3), 5), round(random.weibullvariate(1, 2), 5))
random.seed(123)
pop = list(range(20))
print(random.sample(pop, k=4, counts=None), random.sample(["a", "b"], counts=[3, 1], k=4))
team = ["ann", "bo", "cy", "di"]
random.shuffle(team)
print(team, random.choice(range(1000)), random.randrange(10), random.getrandbits(70))
random.seed(5.5)
print(random.random())
print(hasattr(random, "binomialvariate"))
random.shuffle(team, random.random)
