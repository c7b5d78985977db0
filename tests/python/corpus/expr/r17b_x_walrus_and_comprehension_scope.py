# Comprehension scope: the loop variable does not leak, walrus does; class-body comprehension pitfall
x = 'outer'
squares = [x * x for x in range(4)]
print(x, squares)
found = [y for n in range(10) if (y := n * 3) > 10]
print(found, y)
total = 0
running = [total := total + n for n in range(5)]
print(running, total)
print([[i * j for j in range(3)] for i in range(3)])
print({(i, j) for i in range(2) for j in range(i, 2)} == {(0, 0), (0, 1), (1, 1)})
class Config:
    factor = 3
    values = [factor * i for i in range(3)]
