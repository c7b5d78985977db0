# randint with a float upper bound computed by division.
import random
random.seed(1)
sides = 12
print(random.randint(1, sides / 2))
print(random.randrange(0, sides / 3))
print(random.randrange(0, sides / 5))
