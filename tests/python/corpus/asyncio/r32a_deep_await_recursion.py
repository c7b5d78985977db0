# Awaiting coroutines recursively until RecursionError, caught in the task
import asyncio
import sys

async def down(n):
    if n == 0:
        return 0
    return 1 + await down(n - 1)

async def main():
    print(await down(200))
    try:
        await down(sys.getrecursionlimit() + 100)
    except RecursionError as e:
        print("RecursionError:", e)

asyncio.run(main())
