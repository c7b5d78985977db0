# async for over the list gather returns: TypeError, 'async for' requires __aiter__
import asyncio


async def square(x):
    await asyncio.sleep(0.1)
    return x * x


async def main():
    results = await asyncio.gather(*(square(i) for i in range(3)))
    async for r in results:
        print(r)


asyncio.run(main())
