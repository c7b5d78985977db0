from contextlib import contextmanager

@contextmanager
def broken():
    print("no yield")
    if False:
        yield

@contextmanager
def twice():
    yield 1
    yield 2

try:
    with broken():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    with twice():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

@contextmanager
def timer(label):
    print("start", label)
    yield
    print("end", label)

def risky(n):
    with timer(n):
        return 10 // n

print(risky(2))
print(risky(0))
