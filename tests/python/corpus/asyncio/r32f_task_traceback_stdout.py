# Printing a failed task's traceback to stdout with the traceback module, for a log file
import asyncio
import sys
import traceback
import os

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep

async def divide(a, b):
    await asyncio.sleep(0.01)
    return a / b

async def main():
    task = asyncio.create_task(divide(1, 0))
    await asyncio.wait([task])
    exc = task.exception()
    print("error type:", type(exc).__name__)
    names = []
    tb = exc.__traceback__
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print("frames:", names)
    print("".join(traceback.format_exception_only(exc)), end="")
    print("".join(traceback.format_exception(exc)).replace(HERE, ""), end="")

asyncio.run(main())
