# Unpacking two values into three names.
print("start")

point = (1, 2)
x, y, z = point
print(x, y, z)
