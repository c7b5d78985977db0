# await asyncio.sleep(0) hands the loop to the other ready tasks, round robin.
import asyncio

async def ticker(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)
    print(name, 'finished')

async def main():
    await asyncio.gather(ticker('A', 3), ticker('B', 2), ticker('C', 4))
    print('---')
    t = asyncio.create_task(ticker('D', 2))
    for i in range(3):
        print('main', i)
        await asyncio.sleep(0)
    await t

asyncio.run(main())
