# Treating a tuple of coordinates like a list.
point = (1, 2)
point.append(3)
print(point)
# (the learner's program ends here)
