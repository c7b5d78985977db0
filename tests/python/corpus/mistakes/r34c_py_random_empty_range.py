# Picking a random delay between a min and max that I swapped
import random

random.seed(3)
low, high = 5, 1
print(random.randint(1, 5))
print(random.randint(low, high))
