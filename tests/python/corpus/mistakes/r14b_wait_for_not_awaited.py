# Mistake: asyncio.wait_for called without await: its result is a coroutine, and both coroutines are never awaited.
import asyncio


async def slow():
    await asyncio.sleep(0.2)
    return 'slow result'


async def main():
    result = asyncio.wait_for(slow(), timeout=1)
    print('got:', type(result).__name__)
    result = None  # the coroutine is dropped here
    print('main - done')


asyncio.run(main())
