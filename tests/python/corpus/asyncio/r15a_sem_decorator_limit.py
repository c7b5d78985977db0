# A decorator that limits how many calls of a coroutine function run together
import asyncio
import functools

def limit(n):
    sem = asyncio.Semaphore(n)
    def deco(fn):
        @functools.wraps(fn)
        async def wrapper(*args, **kwargs):
            async with sem:
                return await fn(*args, **kwargs)
        return wrapper
    return deco

order = []

@limit(2)
async def call_api(i):
    order.append(f"start {i}")
    await asyncio.sleep(0.05)
    order.append(f"end {i}")
    return i

async def main():
    print(await asyncio.gather(*(call_api(i) for i in range(4))))
    print(order)
    print(call_api.__name__, asyncio.iscoroutinefunction(call_api))

asyncio.run(main())
