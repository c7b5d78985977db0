# asyncio.run installs async generator hooks; outside the loop they are unset
import asyncio
import sys

async def agen():
    yield 1

async def main():
    hooks = sys.get_asyncgen_hooks()
    print("inside: firstiter set:", hooks.firstiter is not None, "finalizer set:", hooks.finalizer is not None)
    g = agen()
    print(await anext(g))

print("before:", sys.get_asyncgen_hooks())
asyncio.run(main())
print("after:", sys.get_asyncgen_hooks())
