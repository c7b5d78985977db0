import asyncio

async def main():
    fut = asyncio.get_running_loop().create_future()
    fut.set_result(1)
    print("first:", fut.result())
    fut.set_result(2)
    print("second:", fut.result())

asyncio.run(main())
