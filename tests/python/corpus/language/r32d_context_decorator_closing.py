# contextlib.ContextDecorator, a contextmanager used as a decorator, closing() and a generator that fails to yield
import contextlib


class tracked(contextlib.ContextDecorator):
    def __init__(self, label):
        self.label = label

    def __enter__(self):
        print(f"enter {self.label}")
        return self

    def __exit__(self, *exc):
        print(f"exit {self.label} {exc[0].__name__ if exc[0] else ''}")
        return False


@tracked("compute")
def compute(x):
    return x * 2


@contextlib.contextmanager
def tag(name):
    print(f"<{name}>", end="")
    yield
    print(f"</{name}>")


@tag("b")
def bold():
    print("text", end="")


class Resource:
    def close(self):
        print("resource closed")


print(compute(21))
bold()
with contextlib.closing(Resource()) as r:
    print(type(r).__name__)


@contextlib.contextmanager
def broken():
    if False:
        yield


with broken():
    pass
