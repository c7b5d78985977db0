# random.choice of an empty list, and randint with its ends swapped.
import random

random.seed(1)
try:
    random.randint(10, 1)
except ValueError as e:
    print("ValueError:", e)
print(random.choice([]))
