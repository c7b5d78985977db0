# Mistake: asyncio.sleep() without await does not wait, and Python warns when the coroutine dies.
import asyncio

async def worker():
    print('worker - will take some time')
    asyncio.sleep(1)
    print('worker - done it (at once: nothing waited)')
    return 42

async def main():
    print('result:', await worker())

asyncio.run(main())
print('Main - Done')
