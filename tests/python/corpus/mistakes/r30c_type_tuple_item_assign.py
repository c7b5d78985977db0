# Changing a tuple field in place.
point = (3, 4)
point[1] = 5
print(point)
