import random

random.seed(1)
names = ["ann", "bob"]
print(random.choice(names))
winners = []
print("choosing from", winners)
print(random.choice(winners))
