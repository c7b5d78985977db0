# A Future refuses StopIteration as its exception (a TypeError)
import asyncio

async def main():
    fut = asyncio.get_running_loop().create_future()
    fut.set_exception(StopIteration("done"))

asyncio.run(main())
