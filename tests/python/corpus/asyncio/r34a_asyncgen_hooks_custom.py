# sys.get_asyncgen_hooks inside and outside asyncio.run, and an async generator's first iteration
import asyncio
import sys


async def gen():
    yield "x"


def describe():
    hooks = sys.get_asyncgen_hooks()
    return (hooks.firstiter is not None, hooks.finalizer is not None)


print("outside:", describe())


async def main():
    print("inside:", describe())
    hooks = sys.get_asyncgen_hooks()
    print(type(hooks).__name__, hooks._fields if hasattr(hooks, "_fields") else None)
    g = gen()
    print(await g.asend(None))
    await g.aclose()


asyncio.run(main())
print("after:", describe())
