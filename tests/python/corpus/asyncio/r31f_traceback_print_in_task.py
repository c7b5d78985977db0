# Printing the full traceback (own directory stripped) of an error that happened inside an awaited task
import asyncio
import os
import traceback

async def parse(s):
    await asyncio.sleep(0)
    return int(s)

async def main():
    t = asyncio.create_task(parse("12x"))
    try:
        await t
    except ValueError:
        here = os.path.dirname(os.path.abspath(__file__)) + os.sep
        print(traceback.format_exc().replace(here, ""), end="")
    try:
        await asyncio.gather(parse("1"), parse("zz"))
    except ValueError as e:
        print("".join(traceback.format_exception_only(e)), end="")
        print(len(traceback.extract_tb(e.__traceback__)) >= 2)

asyncio.run(main())
