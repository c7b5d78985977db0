# pass, return with and without values, and returning tuples.
def empty():
    pass

def early(n):
    if n < 0:
        return
    if n == 0:
        return 'zero'
    return n, n * 2

class Nothing:
    pass

print(empty(), early(-1), early(0), early(4))
lo, hi = early(3)
print(lo, hi)
print(type(Nothing()).__name__)
for i in range(3):
    pass
print('i after the loop:', i)
if True:
    pass
else:
    print('never')
def gen_return():
    yield 1
    return 'done'
g = gen_return()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print('StopIteration value:', e.value)
