# Checking whether a factorial is big, but the call is missing its await.
import asyncio


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return r


async def main():
    for n in (3, 8):
        print("checking", n)
        if factorial(n) > 1000:
            print(n, "has a big factorial")
        else:
            print(n, "has a small factorial")


asyncio.run(main())
