# A __del__ method with a bug, reported through a custom unraisable hook.
import sys

def hook(u):
    print("ignored:", type(u.exc_value).__name__, "-", u.exc_value, file=sys.stderr)

sys.unraisablehook = hook

class Resource:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("releasing", self.name)
        self.handle.close()

r = Resource("db")
del r
print("after del")
