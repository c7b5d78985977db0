import random

random.seed(5)
print(random.randint(1, 10))
low, high = 1, 10 / 2
print("high is", high)
print(random.randint(low, high))
