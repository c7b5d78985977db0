# Shuffling a range object directly.
import random
random.seed(4)
numbers = list(range(5))
random.shuffle(numbers)
print(numbers)
random.shuffle(range(5))
