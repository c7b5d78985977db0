# Setting a future's result twice.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.set_result("first")
    print(await fut)
    fut.set_result("second")

asyncio.run(main())
