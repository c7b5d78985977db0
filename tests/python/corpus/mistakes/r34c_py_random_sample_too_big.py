# Drawing more lottery numbers than the pool has
import random

random.seed(2)
pool = range(1, 6)
print(sorted(random.sample(pool, 3)))
print(sorted(random.sample(pool, 6)))
