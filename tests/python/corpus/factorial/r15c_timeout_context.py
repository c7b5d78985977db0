# asyncio.timeout() (3.11) around a gather of factorials
import asyncio

async def factorial(n):
    total = 1
    for k in range(1, n + 1):
        await asyncio.sleep(0.1)
        total *= k
    return total

async def main():
    try:
        async with asyncio.timeout(0.6):
            print(await asyncio.gather(factorial(1), factorial(2)))
            print(await asyncio.gather(factorial(2), factorial(9)))
    except TimeoutError:
        print("timeout hit in the second gather")

asyncio.run(main())
