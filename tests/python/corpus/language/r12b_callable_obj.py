class Counter:
    def __init__(self):
        self.calls = 0
    def __call__(self, *args, **kwargs):
        self.calls += 1
        return f"call #{self.calls} args={args} kwargs={kwargs}"

c = Counter()
print(c(1, 2))
print(c(x=3))
print(callable(c), callable(Counter), callable(42))
print(list(map(Counter(), [1, 2])))

class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x): return x + self.n
add5 = Adder(5)
print(sorted([3, 1, 2], key=Adder(-10)))
print([add5(i) for i in range(3)])

class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]

@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), len(fib.cache), type(fib).__name__)
try:
    add5(1, 2)
except TypeError as e:
    print("TypeError:", e)
x = 5
x()
