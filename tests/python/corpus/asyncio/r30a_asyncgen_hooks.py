# sys.get_asyncgen_hooks inside and outside asyncio.run, and a custom firstiter hook
import asyncio
import sys

async def agen():
    yield 1

def describe(hooks):
    return [None if h is None else getattr(h, "__name__", type(h).__name__) for h in hooks]

print(describe(sys.get_asyncgen_hooks()))

async def main():
    print(describe(sys.get_asyncgen_hooks()))
    seen = []
    old = sys.get_asyncgen_hooks()
    sys.set_asyncgen_hooks(firstiter=lambda g: seen.append(g.__name__))
    async for x in agen():
        print("value", x)
    sys.set_asyncgen_hooks(*old)
    print(seen)

asyncio.run(main())
print(describe(sys.get_asyncgen_hooks()))
