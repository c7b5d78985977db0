# A function without return used in arithmetic.
def double(x):
    x * 2

result = double(4) + 1
print(result)
