import random

random.seed(11)
print(random.sample(sorted({5, 3, 9, 1}), 2))
print(random.sample({5, 3, 9, 1}, 2))
