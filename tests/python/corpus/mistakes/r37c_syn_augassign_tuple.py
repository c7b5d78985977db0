# adding one point to both coordinates at once
x, y = 2, 5
print("before", x, y)
(x, y) += (1, 1)
print("after", x, y)
