# wait_for returns the value when the awaitable finishes in time.
import asyncio

async def compute(x, delay):
    await asyncio.sleep(delay)
    return x * x

async def main():
    print(await asyncio.wait_for(compute(3, 0.01), timeout=1))
    print(await asyncio.wait_for(compute(4, 0.01), timeout=None))
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_result('already')
    print(await asyncio.wait_for(f, timeout=0))
    try:
        await asyncio.wait_for(compute(5, 0.01), timeout=0)
    except TimeoutError:
        print('timeout=0 on a coroutine times out')
    try:
        await asyncio.wait_for(compute(6, 0.01), timeout=-1)
    except TimeoutError:
        print('negative timeout times out too')

asyncio.run(main())
