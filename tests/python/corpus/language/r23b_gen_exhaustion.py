def countdown(n):
    print("  start countdown")
    while n > 0:
        yield n
        n -= 1
    print("  countdown done")

c = countdown(3)
print(type(c).__name__, c.__name__, c.__qualname__)
print(list(c))
print(list(c))
print(next(c, "exhausted"))

squares = (x * x for x in range(5))
print(sum(squares), sum(squares))
print(4 in (x for x in range(10)))
it = (x for x in range(10))
print(3 in it, next(it), list(it))

nums = [1, 2, 3]
gen = (n * 10 for n in nums)
nums.append(4)
print(list(gen))
nums2 = [1, 2]
gen2 = (n for n in nums2)
nums2 = [7, 8]
print(list(gen2))

def stop_inside():
    yield 1
    raise StopIteration("bad")
try:
    list(stop_inside())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
def empty():
    return
    yield
print(list(empty()), bool(empty()))
g = countdown(1)
next(g)
next(g)
