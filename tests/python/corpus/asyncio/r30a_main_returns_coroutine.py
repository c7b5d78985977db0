# main forgets to await and returns a coroutine: asyncio.run hands the coroutine back
import asyncio

async def real_work():
    await asyncio.sleep(0)
    return 42

async def main():
    return real_work()

result = asyncio.run(main())
print(type(result).__name__, result.__qualname__)
print(asyncio.run(result))
