# passed an async generator to gather, thinking it would collect all its values
import asyncio

async def numbers():
    for i in range(3):
        await asyncio.sleep(0.01)
        yield i

async def main():
    print('first try a list:', [n async for n in numbers()])
    results = await asyncio.gather(numbers())
    print(results)

asyncio.run(main())
