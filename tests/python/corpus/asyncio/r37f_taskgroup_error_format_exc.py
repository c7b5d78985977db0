# Printing the ExceptionGroup from a TaskGroup with traceback.print_exc() to stdout (paths made relative)
import asyncio
import os
import sys
import traceback

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep

async def job(n):
    await asyncio.sleep(0.01)
    if n == 2:
        raise ValueError(f"job {n} rejected")
    return n

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for n in range(3):
                tg.create_task(job(n))
    except ExceptionGroup:
        text = traceback.format_exc()
        print(text.replace(HERE, ""))

asyncio.run(main())
