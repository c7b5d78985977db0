class CallCounter:
    def __init__(self, func):
        self.func = func
        self.calls = 0

    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.func(*args, **kwargs)

@CallCounter
def add(a, b=0):
    return a + b

print(add(1, 2), add(5), add(a=3, b=4))
print(add.calls, callable(add), callable(3))

class Multiplier:
    def __init__(self, n):
        self.n = n
    def __call__(self, x):
        return x * self.n

triple = Multiplier(3)
print(list(map(triple, [1, 2, 3])))
print(sorted([5, -7, 2], key=Multiplier(-1)))
try:
    add(1, 2, 3)
except TypeError as e:
    print(e)

class NotCallable:
    pass

NotCallable()()
