# Awaiting a list of coroutines directly instead of using gather.
import asyncio

async def job(i):
    await asyncio.sleep(0.01)
    return i

async def main():
    results = await [job(i) for i in range(3)]
    print(results)

asyncio.run(main())
