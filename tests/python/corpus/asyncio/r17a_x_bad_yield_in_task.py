# a generator-based awaitable that yields a plain value: the task reports a bad yield
import asyncio
import types

@types.coroutine
def odd():
    yield 42

async def main():
    try:
        await odd()
    except RuntimeError as e:
        print('RuntimeError:', e)

asyncio.run(main())
