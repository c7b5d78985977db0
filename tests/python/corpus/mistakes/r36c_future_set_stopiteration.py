# signalling "no more data" on a future with StopIteration
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    try:
        fut.set_exception(StopIteration())
    except TypeError as e:
        print("TypeError:", e)
    fut.set_exception(StopIteration)

asyncio.run(main())
