# randint with bounds in the wrong order.
import random
random.seed(11)
print(random.randint(1, 6))
low, high = 10, 1
print(random.randint(low, high))
