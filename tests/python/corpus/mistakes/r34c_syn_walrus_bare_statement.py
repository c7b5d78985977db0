# Walrus as a plain statement, the way I use = everywhere else
import random

random.seed(4)
count := random.randint(1, 10)
print("count is", count)
