# Mistake: calling a coroutine function without await gives a coroutine object, not its result.
import asyncio

async def compute(x):
    await asyncio.sleep(0.1)
    return x * 2

async def main():
    value = compute(21)
    print('type of value:', type(value).__name__)
    print('value + 1 =', value + 1)

asyncio.run(main())
