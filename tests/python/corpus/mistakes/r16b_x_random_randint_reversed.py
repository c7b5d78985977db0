# random.randint with its bounds in the wrong order
import random
random.seed(1)
print(random.randint(1, 6))
print(random.randint(6, 1))
