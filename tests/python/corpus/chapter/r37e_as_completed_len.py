# wanted to know how many results as_completed will give, so I called len() on it
import asyncio

async def worker(label):
    await asyncio.sleep(0.01)
    return label

async def main():
    it = asyncio.as_completed([worker('A'), worker('B')])
    print(type(it).__name__)
    print('count:', len(it))

asyncio.run(main())
