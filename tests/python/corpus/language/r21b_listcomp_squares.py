# tutorial 5.1.3: list comprehensions, squares, combos, vec, errors
squares = []
for x in range(10):
    squares.append(x**2)
print(squares, x)
squares = list(map(lambda x: x**2, range(10)))
print(squares)
squares = [y**2 for y in range(10)]
print(squares)
print([(x, y) for x in [1,2,3] for y in [3,1,4] if x != y])
vec = [-4, -2, 0, 2, 4]
print([x*2 for x in vec])
print([x for x in vec if x >= 0])
print([abs(x) for x in vec])
freshfruit = ['  banana', '  loganberry ', 'passion fruit  ']
print([weapon.strip() for weapon in freshfruit])
print([(x, x**2) for x in range(6)])
vec = [[1,2,3], [4,5,6], [7,8,9]]
print([num for elem in vec for num in elem])
from math import pi
print([str(round(pi, i)) for i in range(1, 6)])
try:
    print(y)
except NameError as e:
    print(e)
print(eval("[x, x**2 for x in range(6)]"))
