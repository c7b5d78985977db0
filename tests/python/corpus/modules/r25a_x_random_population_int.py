import random

random.seed(4)
print(random.sample(range(10), 3))
try:
    random.choices(["a", "b"], weights=["3", "1"])
except TypeError as e:
    print("TypeError:", e)
try:
    random.sample([1, 2, 3, 4], 4 / 2)
except TypeError as e:
    print("TypeError:", e)
try:
    random.uniform("1", 5)
except TypeError as e:
    print("TypeError:", e)
lottery = random.sample(49, 6)
print(lottery)
