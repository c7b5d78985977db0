# Add up all the factorials in a module-level total from inside the coroutine (no global).
import asyncio

total = 0


async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        f *= i
    total += f
    return f


async def main():
    print(await asyncio.gather(factorial(3), factorial(4)))
    print("total:", total)


asyncio.run(main())
