# A context manager class timing a block; exceptions pass through __exit__
import time

class Timer:
    def __init__(self, label):
        self.label = label

    def __enter__(self):
        self.start = time.perf_counter()
        print(f'[{self.label}] enter')
        return self

    def __exit__(self, exc_type, exc, tb):
        self.elapsed = time.perf_counter() - self.start
        print(f'[{self.label}] exit, error={exc_type.__name__ if exc_type else None}')
        return exc_type is KeyError

with Timer('sum') as t:
    total = sum(range(10000))
print(total, t.elapsed < 1)
with Timer('key'):
    {}['x']
print('KeyError swallowed')
with Timer('zero'):
    1 / 0
