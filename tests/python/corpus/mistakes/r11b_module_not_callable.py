# Calling a module as if it were the function of the same name.
import random
import math

random.seed(4)
print(random.randint(1, 6))
try:
    print(math(2))
except TypeError as e:
    print("TypeError:", e)
value = random()
print(value)
