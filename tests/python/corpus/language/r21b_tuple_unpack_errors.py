# tutorial 5.3: sequence unpacking needs as many names as elements
t = 12345, 54321, 'hello!'
try:
    x, y = t
except ValueError as e:
    print(e)
try:
    a, b, c, d = t
except ValueError as e:
    print(e)
first, *rest = t
print(first, rest)
*init, last = 'abc'
print(init, last)
a, (b, c) = 1, [2, 3]
print(a, b, c)
try:
    a, b = 5
except TypeError as e:
    print(e)
p, q = 'xyz'
