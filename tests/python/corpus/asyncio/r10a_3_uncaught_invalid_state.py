import asyncio

async def main():
    fut = asyncio.get_running_loop().create_future()
    fut.set_result(1)
    fut.set_result(2)

asyncio.run(main())
