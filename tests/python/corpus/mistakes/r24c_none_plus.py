def add(a, b):
    print(a + b)

x = add(2, 3)
y = x * 2
print(y)
