# gather(*(... for ...)) and gather(*[...]): unpacking a generator or a list of coroutines.
import asyncio

async def square(n):
    await asyncio.sleep(0.01 * (5 - n))
    return n * n

async def main():
    print(await asyncio.gather(*(square(n) for n in range(5))))
    coros = [square(n) for n in range(3)]
    print(await asyncio.gather(*coros))
    tasks = list(map(asyncio.create_task, [square(4), square(1)]))
    print(await asyncio.gather(*tasks), [t.result() for t in tasks])

asyncio.run(main())
