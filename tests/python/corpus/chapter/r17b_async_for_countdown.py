# A learner tries an async generator countdown with async for
import asyncio

async def countdown(n, delay=0.05):
    while n > 0:
        yield n
        await asyncio.sleep(delay)
        n -= 1

async def main():
    async for i in countdown(5):
        print(f'T-{i}')
    print('liftoff!')
    values = [x async for x in countdown(3)]
    print(values, sum(values))

asyncio.run(main())
