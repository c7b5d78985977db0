# A plain for loop over an async generator, and async for over a list
import asyncio

async def ticker(n):
    for i in range(n):
        await asyncio.sleep(0.01)
        yield i

async def main():
    try:
        for t in ticker(3):
            print(t)
    except TypeError as e:
        print("TypeError:", e)
    try:
        async for t in [1, 2, 3]:
            print(t)
    except TypeError as e:
        print("TypeError:", e)
    print(list(ticker(2)))

asyncio.run(main())
