# Iterating a blocking generator from async code with to_thread(next, it, sentinel).
import asyncio
import time

def slow_numbers(n):
    for i in range(n):
        time.sleep(0.01)
        yield i

async def aiter_from_sync(it):
    sentinel = object()
    while (item := await asyncio.to_thread(next, it, sentinel)) is not sentinel:
        yield item

async def main():
    print([x async for x in aiter_from_sync(slow_numbers(4))])
    it = slow_numbers(3)
    async for x in aiter_from_sync(it):
        print("got", x)
    print(await asyncio.to_thread(next, it, "exhausted"))

asyncio.run(main())
