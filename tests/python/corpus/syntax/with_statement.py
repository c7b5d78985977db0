# with: a context manager class; __exit__ sees the exception and may suppress it.
class Managed:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print(f'enter {self.name}')
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        print(f'exit {self.name}:', exc_type.__name__ if exc_type else None, exc)
        return self.suppress

with Managed('a') as value:
    print('inside with', value)

with Managed('b', suppress=True):
    raise ValueError('swallowed')
print('after b')

with Managed('outer') as o, Managed('inner') as i:
    print('both:', o, i)

try:
    with Managed('c'):
        1 / 0
except ZeroDivisionError as e:
    print('propagated:', e)

def early():
    with Managed('d'):
        return 'returned'
print(early())
