# Used math without importing it.
import random
random.seed(1)
x = random.uniform(1, 100)
print(round(math.sqrt(x), 4))
