# Awaiting a list of coroutines directly.
import asyncio

async def square(x):
    await asyncio.sleep(0.01)
    return x * x

async def main():
    results = await [square(i) for i in range(3)]
    print(results)

asyncio.run(main())
