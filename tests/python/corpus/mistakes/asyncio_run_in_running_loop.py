# Mistake: asyncio.run inside a coroutine, where a loop is already running.
import asyncio

async def worker():
    await asyncio.sleep(0.1)
    return 42

async def main():
    print('main starts')
    result = asyncio.run(worker())
    print('result', result)

asyncio.run(main())
