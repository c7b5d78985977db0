# sys.set_asyncgen_hooks with our own firstiter/finalizer, then the originals put back
import asyncio
import sys

log = []


async def gen(name):
    yield name + "-1"
    yield name + "-2"


async def main():
    old = sys.get_asyncgen_hooks()
    print("loop installed hooks:", old.firstiter is not None, old.finalizer is not None)
    sys.set_asyncgen_hooks(firstiter=lambda g: log.append(("first", g.__name__)),
                           finalizer=lambda g: log.append(("final", g.__name__)))
    g = gen("a")
    print(await anext(g))
    del g
    sys.set_asyncgen_hooks(*old)
    print(log)
    try:
        sys.set_asyncgen_hooks(firstiter=42)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
