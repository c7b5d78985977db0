# create_task's task read with result() before it has run: InvalidStateError
import asyncio

async def compute():
    await asyncio.sleep(0.05)
    return 42

async def main():
    task = asyncio.create_task(compute())
    print("started")
    print("result:", task.result())

asyncio.run(main())
