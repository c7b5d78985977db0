# C's ?: operator.
print("start")

n = 5
kind = n % 2 == 0 ? "even" : "odd"
print(kind)
