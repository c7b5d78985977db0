# Each recursive step of the factorial runs as its own task; I count how many tasks exist at the deepest point.
import asyncio

peak = 0


async def factorial(n):
    global peak
    peak = max(peak, len(asyncio.all_tasks()))
    if n <= 1:
        await asyncio.sleep(0.01)
        return 1
    sub = asyncio.create_task(factorial(n - 1), name=f"f{n - 1}")
    return n * await sub


async def main():
    print("6! =", await factorial(6))
    print("peak tasks:", peak)
    print("left over:", len(asyncio.all_tasks()))


asyncio.run(main())
