# worker defined inside do_something, counting finished workers with nonlocal
import asyncio

async def do_something(n):
    finished = 0

    async def worker(i):
        nonlocal finished
        await asyncio.sleep(0.1 * (n - i))
        finished += 1
        print(f'worker {i} finished ({finished}/{n})')
        return i

    results = await asyncio.gather(*(worker(i) for i in range(n)))
    print('results', results, 'finished', finished)
    print(worker.__qualname__)

asyncio.run(do_something(4))
