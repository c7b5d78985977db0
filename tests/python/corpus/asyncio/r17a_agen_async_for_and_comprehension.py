# an async generator consumed by async for and by async comprehensions
import asyncio

async def ticks(n, delay=0.01):
    for i in range(n):
        await asyncio.sleep(delay)
        yield i

async def main():
    async for i in ticks(3):
        print('tick', i)
    print([i * i async for i in ticks(5) if i % 2 == 0])
    print({i: str(i) async for i in ticks(2)})
    gen = (i + 100 async for i in ticks(2))
    print(type(gen).__name__, [x async for x in gen])

asyncio.run(main())
