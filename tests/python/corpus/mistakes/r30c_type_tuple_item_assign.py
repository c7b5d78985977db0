# Changing a tuple field in place.
# (kept short on purpose: the mistake is the point)
point = (3, 4)
point[1] = 5
print(point)
