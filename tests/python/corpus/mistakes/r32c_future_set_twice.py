# Setting a Future's result twice.
import asyncio

async def main():
    fut = asyncio.get_running_loop().create_future()
    fut.set_result(1)
    print(await fut)
    fut.set_result(2)

asyncio.run(main())
