# Printing a very deeply nested ExceptionGroup (depth limit in the traceback display)
import asyncio

async def nest(depth):
    if depth == 0:
        raise ValueError("bottom")
    async with asyncio.TaskGroup() as tg:
        tg.create_task(nest(depth - 1))

asyncio.run(nest(12))
