# Math habit: writing 2(x + 1) for multiplication.
x = 4
y = 2 * (x + 1)
print(y)
z = 2(x + 1)
print(z)
