# r24c_modify_tuple: a mistake as a learner makes it, and what CPython 3.11 says of it
point = (3, 4)
print("x is", point[0])
point[0] = 10
print(point)
