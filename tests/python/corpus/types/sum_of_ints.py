# sum(): machine-size ints are added in C until an item is not one (a bool,
# a float, a big int, an overflow), then by the generic +.
print(sum([]), sum([], 5), sum([1, 2, 3]), sum([1, True, 2]), sum([True, True]), sum([2**62, 2**62, 2**62]), sum([-2**63, -1]))
print(sum([1, 2.5]), sum([1.5, 2]), sum(range(10), 2**70), sum([1, 2], start=-3), sum([[1], [2]], []), sum((x for x in [1, 2**80, 3])))
print(sum(i * i for i in range(10 ** 5)), sum([10**20, -10**20, 5]))
try: sum([1, 'a'])
except TypeError as e: print(e)
def g():
    yield 1
    raise ValueError('boom')
try: sum(g())
except ValueError as e: print('VE', e)
