# Drawing more lottery numbers than there are in the pool.
import random
random.seed(9)
print(sorted(random.sample(range(1, 50), 6)))
print(random.sample(range(1, 5), 6))
