# A task for a negative number is created but never awaited: its exception is reported at exit.
import asyncio


async def factorial(n):
    if n < 0:
        raise ValueError(f"negative: {n}")
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return r


async def main():
    good = asyncio.create_task(factorial(5))
    asyncio.create_task(factorial(-1))
    print(await good)
    await asyncio.sleep(0.05)
    print("main done")


asyncio.run(main())
print("after run")
