# One helper that works both as a decorator and a context manager via ContextDecorator.
from contextlib import ContextDecorator, contextmanager, AbstractContextManager

class tag(ContextDecorator):
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print(f"<{self.name}>")
        return self
    def __exit__(self, *exc):
        print(f"</{self.name}>")
        return False

@tag("p")
def paragraph(text):
    print(text)
    return len(text)

print(paragraph("hello"))
with tag("div"):
    paragraph("inside")

@contextmanager
def indent_level(n):
    print(f"enter level {n}")
    yield
    print(f"exit level {n}")

@indent_level(1)
def work():
    print("working")
work()
work()

class Resource(AbstractContextManager):
    def __exit__(self, *exc):
        print("resource released")

with Resource() as r:
    print(type(r).__name__)
print(issubclass(tag, AbstractContextManager), isinstance(Resource(), AbstractContextManager))
@tag("err")
def failing():
    raise ValueError("inside decorated")
try:
    failing()
except ValueError as e:
    print("caught", e)
class Incomplete(AbstractContextManager):
    pass
Incomplete()
