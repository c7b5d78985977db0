# Mistake: a module-level total updated inside a coroutine without "global" (UnboundLocalError in a task).
import asyncio

total = 0


async def add(n):
    await asyncio.sleep(0.01)
    total = total + n
    return total


async def main():
    print('adding')
    print(await asyncio.gather(add(1), add(2)))


asyncio.run(main())
