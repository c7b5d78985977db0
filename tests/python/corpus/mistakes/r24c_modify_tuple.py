point = (3, 4)
print("x is", point[0])
point[0] = 10
print(point)
