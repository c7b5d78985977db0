# Signalling "no more data" through a Future with StopIteration
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    try:
        fut.set_exception(StopIteration())
    except TypeError as e:
        print("TypeError:", e)
    fut.set_exception(StopAsyncIteration)
    await fut

asyncio.run(main())
