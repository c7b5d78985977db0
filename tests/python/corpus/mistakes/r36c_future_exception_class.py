# failing a future with an exception class rather than an instance
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(fut.set_exception, TimeoutError)
    try:
        await fut
    except TimeoutError as e:
        print("caught", type(e).__name__, repr(e))
    print(fut.exception().__class__.__name__)
    fut2 = loop.create_future()
    fut2.cancel()
    print(fut2.exception())

asyncio.run(main())
