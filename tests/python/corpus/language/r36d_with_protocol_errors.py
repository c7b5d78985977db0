# A timer-like context manager and the errors when the with-protocol is incomplete.
class Section:
    depth = 0

    def __init__(self, title):
        self.title = title

    def __enter__(self):
        Section.depth += 1
        print("  " * (Section.depth - 1) + f"<{self.title}>")
        return self.title.upper()

    def __exit__(self, *exc):
        print("  " * (Section.depth - 1) + f"</{self.title}>")
        Section.depth -= 1

with Section("html") as t1:
    with Section("body") as t2, Section("p"):
        print("    text", t1, t2)

class NoExit:
    def __enter__(self):
        return self

class NoEnter:
    def __exit__(self, *a):
        pass

for cls in (NoExit, NoEnter, int):
    try:
        with cls():
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)

class ExitReturnsTruthy:
    def __enter__(self):
        return None
    def __exit__(self, et, ev, tb):
        return "yes"

with ExitReturnsTruthy() as v:
    raise RuntimeError("hidden")
print("swallowed", v)
cm = Section("manual")
value = cm.__enter__()
cm.__exit__(None, None, None)
print(value)
async def f():
    with open:
        pass
import asyncio
asyncio.run(f())
