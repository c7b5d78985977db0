# asyncio.wait given bare coroutines: 3.11 still wraps them, with a DeprecationWarning
import asyncio


async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        f *= i
    return f


async def main():
    done, pending = await asyncio.wait([factorial(3), factorial(4)])
    print(sorted(t.result() for t in done), pending)


asyncio.run(main())
