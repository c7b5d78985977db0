import asyncio

async def ticks(n):
    for i in range(n):
        await asyncio.sleep(0)
        if i == 2:
            raise RuntimeError(f'tick {i} failed')
        yield i

async def main():
    async for t in ticks(5):
        print('tick', t)

asyncio.run(main())
