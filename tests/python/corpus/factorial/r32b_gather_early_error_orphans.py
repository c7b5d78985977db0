# gather fails on the first input, main exits, and the other factorials are left behind.
import asyncio


async def factorial(n):
    if n < 0:
        raise ValueError(f"factorial of {n}")
    r = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.05)
        r *= i
    print(f"{n}! = {r}")
    return r


async def main():
    try:
        await asyncio.gather(factorial(2), factorial(-3), factorial(-4))
    except ValueError as e:
        print("caught:", e)
    await asyncio.sleep(0.2)
    print("main done")


asyncio.run(main())
