# ExitStack to manage a variable number of context managers, with callbacks
from contextlib import ExitStack, contextmanager, suppress

@contextmanager
def resource(name, log):
    log.append(f"open {name}")
    try:
        yield name.upper()
    finally:
        log.append(f"close {name}")

log = []
with ExitStack() as stack:
    handles = [stack.enter_context(resource(n, log)) for n in ("a", "b", "c")]
    stack.callback(log.append, "callback ran")
    print(handles)
print(log)

log.clear()
with suppress(ZeroDivisionError):
    with ExitStack() as stack:
        stack.enter_context(resource("x", log))
        1 / 0
print(log)

log.clear()
with ExitStack() as stack:
    stack.enter_context(resource("keep", log))
    moved = stack.pop_all()
print(log)
moved.close()
print(log)
