# Trying to assign to the result of a method call
import asyncio

async def main():
    task = asyncio.create_task(asyncio.sleep(0.01))
    task.get_name() = "sleeper"
    await task

asyncio.run(main())
