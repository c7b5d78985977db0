# random.choice of a dict: indexed by position, a KeyError
print("== random choice of dict ==")
import random
random.seed(0)
print(random.choice({"a": 1, "b": 2}))
