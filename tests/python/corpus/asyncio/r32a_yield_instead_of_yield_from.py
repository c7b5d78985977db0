# A generator-based coroutine that yields a Future instead of yield-from-ing it
import asyncio
import types

@types.coroutine
def wrong(fut):
    result = yield fut
    return result

async def main():
    fut = asyncio.get_running_loop().create_future()
    fut.set_result("never seen")
    print("awaiting the wrong way")
    await wrong(fut)

asyncio.run(main())
