# Joining a list of numbers into a line of text
import random

random.seed(7)
rolls = [random.randint(1, 6) for _ in range(5)]
print("rolled:", ", ".join(rolls))
