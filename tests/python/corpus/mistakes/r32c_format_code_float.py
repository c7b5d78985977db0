# Using the integer format code d for a float.
average = sum([3, 4, 4]) / 3
print(f"{average:.1f}")
print(f"{average:d}")
# (the learner's program ends here)
