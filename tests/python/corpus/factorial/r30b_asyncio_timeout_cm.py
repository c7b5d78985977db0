# asyncio.timeout() (new in 3.11) around a batch of factorials.
import asyncio


async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        f *= i
    return f


async def main():
    async with asyncio.timeout(0.55):
        quick = await asyncio.gather(factorial(3), factorial(4))
    print("quick ones:", quick)
    try:
        async with asyncio.timeout(0.25) as cm:
            await factorial(9)
    except TimeoutError:
        print("factorial(9) timed out; expired:", cm.expired())
    async with asyncio.timeout(0.15):
        await factorial(5)


asyncio.run(main())
