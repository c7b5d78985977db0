from contextlib import ExitStack, contextmanager

@contextmanager
def step(n):
    print("enter", n)
    try:
        yield n
    except ZeroDivisionError:
        print("step", n, "handled the error")
    finally:
        print("exit", n)

with ExitStack() as stack:
    for i in range(3):
        stack.enter_context(step(i))
    print(1 / 0)
print("continued")

with ExitStack() as stack:
    stack.enter_context(step(9))
    stack.enter_context(open)
