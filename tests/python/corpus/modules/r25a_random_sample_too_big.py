import random

random.seed(3)
pool = [10, 20, 30]
print(random.sample(pool, 3))
print(random.sample(pool, k=4))
