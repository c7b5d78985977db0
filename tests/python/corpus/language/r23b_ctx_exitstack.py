from contextlib import ExitStack, contextmanager

@contextmanager
def resource(name, log):
    log.append(f"acquire {name}")
    try:
        yield name
    finally:
        log.append(f"release {name}")

log = []
with ExitStack() as stack:
    names = [stack.enter_context(resource(n, log)) for n in "abc"]
    stack.callback(log.append, "callback ran")
    log.append(f"using {names}")
print("\n".join(log))

log.clear()
with ExitStack() as stack:
    stack.enter_context(resource("x", log))
    moved = stack.pop_all()
log.append("stack exited")
moved.close()
print(log)

def cleanup(kind):
    print("cleanup", kind)
try:
    with ExitStack() as stack:
        stack.callback(cleanup, "first")
        stack.callback(cleanup, "second")
        raise RuntimeError("body failed")
except RuntimeError as e:
    print("caught", e)

@stack_free if False else (lambda f: f)
def unused():
    pass

with ExitStack() as st:
    @st.push
    def on_exit(exc_type, exc, tb):
        print("push saw", exc_type.__name__ if exc_type else None)
        return True
    raise KeyError("suppressed via push")
print("end")
with ExitStack() as st:
    st.enter_context(42)
