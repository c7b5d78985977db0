# random.randint with its bounds the wrong way round.
import random
random.seed(2)
print(random.randint(1, 6))
print(random.randint(6, 1))
