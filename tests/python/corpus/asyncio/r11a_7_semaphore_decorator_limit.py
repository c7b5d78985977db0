import asyncio
import functools


def limit(n):
    sem = asyncio.Semaphore(n)

    def deco(fn):
        @functools.wraps(fn)
        async def inner(*a, **kw):
            async with sem:
                return await fn(*a, **kw)
        inner.semaphore = sem
        return inner
    return deco


active = []


@limit(2)
async def call_api(i):
    active.append(i)
    print(f"call {i} (active: {len(active)})")
    await asyncio.sleep(0)
    active.remove(i)
    return i * 10


async def main():
    print(await asyncio.gather(*(call_api(i) for i in range(5))))
    print(call_api.__name__, call_api.semaphore.locked())


asyncio.run(main())
