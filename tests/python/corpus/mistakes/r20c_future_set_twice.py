# InvalidStateError when setting a future result twice
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.set_result(1)
    print(await fut)
    fut.set_result(2)

asyncio.run(main())
