# An else that lost its if after deleting a line.
import random
random.seed(7)
x = random.random()
print("drew a number")
else:
    print("no number")
