# tutorial 8.8: predefined clean-up actions with 'with' (StringIO and a class)
import io
with io.StringIO('line 1\nline 2\n') as f:
    for line in f:
        print(line, end="")
print(f.closed)
class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print('open', self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print('close', self.name, exc_type.__name__ if exc_type else None, exc)
        return False
with Resource('a') as a, Resource('b') as b:
    print('using', a.name, b.name)
try:
    with Resource('c'):
        1 / 0
except ZeroDivisionError:
    print('caught after close')
with Resource('d'):
    [][0]
