# An asyncio.Lock so each factorial prints its whole multiplication line without interleaving.
import asyncio

print_lock = asyncio.Lock()


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    async with print_lock:
        print(f"{n}! = ", end="")
        for k in range(n, 0, -1):
            await asyncio.sleep(0.001)
            print(k, end=" x " if k > 1 else "")
        print(f" = {r}")
    return r


async def main():
    await asyncio.gather(factorial(4), factorial(3), factorial(5))
    print("locked at end:", print_lock.locked())


asyncio.run(main())
