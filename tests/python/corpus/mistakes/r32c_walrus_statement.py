# Tried the walrus operator as a plain statement at the top level.
import random
random.seed(3)

n := random.randint(1, 10)
print("rolled", n)
