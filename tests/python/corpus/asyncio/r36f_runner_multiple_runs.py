# asyncio.Runner keeps one loop for several run() calls, so state on the loop survives.
import asyncio

async def remember(key, value):
    loop = asyncio.get_running_loop()
    store = getattr(loop, "store", None)
    if store is None:
        store = loop.store = {}
    store[key] = value
    await asyncio.sleep(0.01)
    return dict(store)

with asyncio.Runner() as runner:
    print(runner.run(remember("a", 1)))
    print(runner.run(remember("b", 2)))
    loop = runner.get_loop()
    print("closed inside:", loop.is_closed())
print("closed after:", loop.is_closed())
print(asyncio.run(remember("c", 3)))
