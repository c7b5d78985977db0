# Unpacking a single number.
def divide(a, b):
    return a // b

q, r = divide(7, 2)
print(q, r)
