# asyncio.sleep's result argument used to return each partial product.
import asyncio


async def factorial(n):
    r = 1
    for i in range(1, n + 1):
        r = await asyncio.sleep(0.01, result=r * i)
    return r


async def main():
    print(await factorial(6))
    print(await asyncio.sleep(0, "zero"), await asyncio.sleep(0.01))
    print(await asyncio.gather(*(factorial(n) for n in range(5))))
    await asyncio.sleep(-1)
    print("negative sleep returns at once")
    await asyncio.sleep("0.1")


asyncio.run(main())
