# unpacking ValueError messages
pairs = [(1, 2), (3, 4, 5)]
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
try:
    a, b = 5
except TypeError as e:
    print(e)
for x, y in pairs:
    print(x, y)
