# random.sample asked for more items than there are
import random
random.seed(3)
print(random.sample(range(10), 3))
print(random.sample(["a", "b"], 3))
