# Unpacking a pair from a coroutine that was never awaited
import asyncio

async def min_max(values):
    await asyncio.sleep(0.01)
    return min(values), max(values)

async def main():
    low, high = min_max([4, 9, 1, 7])
    print(f"range {low}..{high}")

asyncio.run(main())
