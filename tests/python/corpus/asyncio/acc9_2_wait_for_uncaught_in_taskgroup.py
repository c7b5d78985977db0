# wait_for timing out inside a TaskGroup child, uncaught: TimeoutError inside the ExceptionGroup's traceback.
import asyncio

async def slow():
    await asyncio.sleep(1)

async def child():
    await asyncio.wait_for(slow(), 0.01)

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(child())

asyncio.run(main())
