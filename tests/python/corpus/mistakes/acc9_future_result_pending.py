# result() of a future nobody has set.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(fut.done())
    print(fut.result())

asyncio.run(main())
