# create_task given a number instead of a coroutine.
import asyncio

async def main():
    tasks = [asyncio.create_task(n) for n in range(3)]
    print(tasks)

asyncio.run(main())
