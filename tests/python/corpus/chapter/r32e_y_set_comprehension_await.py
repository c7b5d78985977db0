# awaits inside list, set and dict comprehensions
import asyncio

async def worker(n):
    await asyncio.sleep(0.001)
    return n % 4

async def do_something():
    as_list = [await worker(n) for n in range(8)]
    as_set = {await worker(n) for n in range(8)}
    as_dict = {n: await worker(n) for n in range(5)}
    print(as_list)
    print(sorted(as_set))
    print(as_dict)
    gen = (await worker(n) for n in range(3))
    print(type(gen).__name__)
    print([x async for x in gen])

asyncio.run(do_something())
