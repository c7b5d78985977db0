# Old-style generator-based awaitable made with types.coroutine, awaited from async def.
import asyncio
import inspect
import types

@types.coroutine
def legacy_sleep(n):
    for _ in range(n):
        yield
    return f"slept {n} ticks"

async def main():
    print(await legacy_sleep(3))
    g = legacy_sleep(1)
    print(inspect.isgenerator(g), inspect.isawaitable(g), inspect.iscoroutine(g))
    g.close()
    print(asyncio.iscoroutinefunction(legacy_sleep), inspect.iscoroutinefunction(legacy_sleep))
    r = await asyncio.gather(legacy_sleep(2), asyncio.sleep(0, "plain"))
    print(r)

asyncio.run(main())
