# Appending to a tuple
print("== tuple append ==")
point = (1, 2)
point.append(3)
print(point)
