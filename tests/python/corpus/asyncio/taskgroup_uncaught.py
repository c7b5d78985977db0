# An uncaught error from a TaskGroup prints as an ExceptionGroup with the child's traceback inside the box.
import asyncio

async def divide(a, b):
    await asyncio.sleep(0)
    return a / b

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(divide(1, 1))
        tg.create_task(divide(1, 0))
    print('not reached')

asyncio.run(main())
