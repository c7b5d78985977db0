# Generator pitfalls: exhausted generators, late evaluation of the inner loop, and StopIteration inside a generator
nums = [1, 2, 3]
squares = (n * n for n in nums)
print(sum(squares), sum(squares), list(squares))
data = [1, 2]
g = (x for x in data if x in data)
data = [2, 3]
print(list(g))
it = iter([1, 2, 3, 4])
print(list(zip(it, it)))
gens = [(i * j for j in range(2)) for i in range(3)]
print([list(g) for g in gens])
lazy = map(lambda x: 10 // x, [5, 2, 0])
print(next(lazy), next(lazy))


def first_of_each(*iterables):
    for it in iterables:
        yield next(iter(it))


print(list(first_of_each("ab", [1])))
print(list(first_of_each("ab", [])))
