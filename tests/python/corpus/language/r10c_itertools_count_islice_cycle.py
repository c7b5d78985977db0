from itertools import count, islice, cycle, repeat, takewhile, dropwhile, compress, filterfalse

print(list(islice(count(10, 5), 4)))
print(list(islice(count(0.5, 0.25), 3)))
print(list(islice(cycle("AB"), 5)))
print(list(repeat("x", 3)), list(islice(repeat(0), 2)))
print(list(islice(range(100), 10, 20, 3)))
print(list(islice("abcdef", None, None, 2)))
print(list(takewhile(lambda x: x < 10, count(1, 3))))
print(list(dropwhile(lambda x: x < 3, [1, 2, 3, 4, 1])))
print(list(compress("abcdef", [1, 0, 1, 0, 1])))
print(list(filterfalse(str.isdigit, "a1b2c3")))
squares = (n * n for n in count())
print(list(islice(squares, 5)), next(squares))
c = count()
print(next(c), next(c), repr(c))
print(repr(count(3, 2)), repr(repeat("a", 2)))
try:
    islice([1], -1)
except ValueError as e:
    print(e)
for i, label in zip(count(1), ["x", "y"]):
    print(i, label)
