# Track running tasks in a weakref.WeakSet (as asyncio does internally); keep strong refs elsewhere.
import asyncio
import weakref

registry = weakref.WeakSet()
strong = set()

async def job(n):
    await asyncio.sleep(0.1 * n)
    return n

def spawn(n):
    t = asyncio.create_task(job(n), name=f"job{n}")
    registry.add(t)
    strong.add(t)
    t.add_done_callback(strong.discard)
    return t

async def main():
    for n in (1, 2, 3):
        spawn(n)
    print("tracked:", sorted(t.get_name() for t in registry))
    await asyncio.sleep(0.15)
    print("still running:", sorted(t.get_name() for t in strong))
    await asyncio.gather(*list(strong))
    print("strong refs left:", len(strong))
    print("registry names:", sorted(t.get_name() for t in registry))

asyncio.run(main())
