# asyncio.run installs async generator hooks; finalizer gets the generator on close
import asyncio
import sys

async def agen():
    try:
        yield 1
        yield 2
    finally:
        print('agen finally')

async def main():
    hooks = sys.get_asyncgen_hooks()
    print(hooks.firstiter is not None, hooks.finalizer is not None)
    g = agen()
    print(await anext(g))
    print('leaving main with the generator suspended')

print(sys.get_asyncgen_hooks())
asyncio.run(main())
print(sys.get_asyncgen_hooks())
