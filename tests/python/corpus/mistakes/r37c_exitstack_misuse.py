# closing several resources with an ExitStack; I passed a function instead of a context manager
from contextlib import ExitStack, contextmanager, suppress

@contextmanager
def res(name):
    print("open", name)
    yield name
    print("close", name)

with ExitStack() as stack:
    a = stack.enter_context(res("a"))
    stack.callback(print, "callback ran")
    print("using", a)

with suppress(KeyError):
    {}["x"]
print("suppressed")
with ExitStack() as stack:
    stack.enter_context(res)
