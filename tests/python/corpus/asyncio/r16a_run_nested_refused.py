# asyncio.run inside a running loop is refused, and the coroutine it was given is left unawaited
import asyncio

async def inner():
    return 'inner'

async def main():
    coro = inner()
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print('RuntimeError:', e)
    print('awaiting it ourselves:', await coro)

asyncio.run(main())
