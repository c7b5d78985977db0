import random

random.seed(10)
colors = ["red", "blue"]
print(random.sample(colors, k=4, counts=[3, 2]))
