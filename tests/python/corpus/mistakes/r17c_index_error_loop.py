# range(len(x) + 1) walks one past the end of the results: IndexError
import asyncio


async def double(x):
    await asyncio.sleep(0.1)
    return x * 2


async def main():
    results = await asyncio.gather(*(double(i) for i in range(4)))
    for i in range(len(results) + 1):
        print(i, results[i])


asyncio.run(main())
