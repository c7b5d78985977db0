# A class with __call__ used as a stateful function and as a decorator
class CallCounter:
    def __init__(self, func):
        self.func = func
        self.calls = 0

    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.func(*args, **kwargs)


@CallCounter
def square(x):
    return x * x


print([square(n) for n in range(5)])
print("calls:", square.calls, callable(square), callable(42))
print(type(square).__name__, square.func.__name__)
print(list(map(square, [7, 8])), square.calls)
print(square(x=3), square.calls)
square(1, 2)
