# asyncio.run cannot be called while a loop is running.
import asyncio

async def inner():
    return 1

async def main():
    coro = inner()
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print('RuntimeError:', e)
    print('inner awaited normally:', await coro)

asyncio.run(main())
# (end of the program)
