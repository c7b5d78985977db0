class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

c = Countdown(3)
print(list(c))
print(list(c))
c2 = Countdown(5)
for n in c2:
    if n == 3:
        break
print(next(c2), next(c2))
print(next(c2, "done"))
try:
    next(c2)
except StopIteration as e:
    print("StopIteration", repr(e))

class Reusable:
    def __init__(self, n): self.n = n
    def __iter__(self):
        return Countdown(self.n)
r = Reusable(2)
print(list(r), list(r))
print(list(zip(Reusable(3), "abc")))
it = iter(Reusable(1))
print(type(it).__name__, iter(it) is it)

class NoNext:
    def __iter__(self):
        return 42
for x in NoNext():
    print(x)
