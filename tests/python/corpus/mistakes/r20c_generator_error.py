# error inside a generator, consumed by list()
def gen(items):
    for i in items:
        yield 10 / i

print(list(gen([1, 2])))
total = sum(gen([5, 0, 2]))
