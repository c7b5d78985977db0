# __name__ and __qualname__ assigned: a class's (its repr and errors follow
# its new name; __qualname__ stays), a function's by a hand-made wraps, and
# a coroutine's (the task's repr uses them).
import asyncio


def named(name):
    def deco(cls):
        cls.__name__ = name
        return cls
    return deco


@named("Renamed")
class Original:
    pass


print(Original, Original.__name__, Original.__qualname__)
print(repr(Original()).split(" at ")[0])
for bad in (5, None):
    try:
        Original.__name__ = bad
    except TypeError as e:
        print("TypeError:", e)
try:
    Original.__name__ = "a\0b"
except ValueError as e:
    print("ValueError:", e)
try:
    del Original.__name__
except TypeError as e:
    print("TypeError:", e)
Dyn = type("Dyn", (), {})
Dyn.__name__ = "Other"
print(Dyn.__name__, Dyn.__qualname__)


async def work():
    await asyncio.sleep(0)
    return 1


async def main():
    c = work()
    c.__name__ = "job"
    c.__qualname__ = "jobs.first"
    print(c.__name__, c.__qualname__)
    t = asyncio.create_task(c)
    print(repr(t).split(" at ")[0])
    print(await t)
    for bad in (1, None):
        try:
            c.__name__ = bad
        except TypeError as e:
            print("TypeError:", e)


asyncio.run(main())
