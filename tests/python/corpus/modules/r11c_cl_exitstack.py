from contextlib import ExitStack, contextmanager

@contextmanager
def resource(name):
    print("open", name)
    try:
        yield name
    finally:
        print("close", name)

with ExitStack() as stack:
    names = [stack.enter_context(resource(n)) for n in ["a", "b", "c"]]
    stack.callback(print, "callback ran", "with", "args")
    print("using", names)

def cleanup(tag):
    print("cleanup", tag)

with ExitStack() as stack:
    stack.callback(cleanup, 1)
    stack.push(lambda *exc: print("exit callback saw", exc[0].__name__ if exc[0] else None))
    moved = stack.pop_all()
    print("popped")
moved.close()

try:
    with ExitStack() as stack:
        stack.enter_context(resource("x"))
        raise KeyError("boom")
except KeyError as e:
    print("caught", repr(e))

with ExitStack() as stack:
    stack.push(lambda et, ev, tb: True)
    raise ValueError("swallowed")
print("continued")
