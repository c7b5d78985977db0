# Mistake: a call as the target of the second item of a bracketed with (and its ')' forgotten).
from contextlib import contextmanager


@contextmanager
def opened(name):
    print('open', name)
    yield name.upper()
    print('close', name)


with (opened('a') as first, opened('b') as second():
    print(first, second)
