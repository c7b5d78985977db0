# Inside a running loop the async generator hooks are the loop's own methods; outside they are unset
import asyncio
import sys


async def gen():
    yield 1


async def main():
    hooks = sys.get_asyncgen_hooks()
    print(type(hooks).__name__, hooks.firstiter.__name__, hooks.finalizer.__name__)
    print(hooks.firstiter.__self__ is asyncio.get_running_loop())
    g = gen()
    print(await anext(g))
    print("tracked by the loop:", g in asyncio.get_running_loop()._asyncgens)
    await g.aclose()


print(sys.get_asyncgen_hooks())
asyncio.run(main())
print(sys.get_asyncgen_hooks())
