# Printing traceback.format_exc() to stdout after errors raised through wait_for and gather
import asyncio
import os
import traceback

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep

async def parse(text):
    await asyncio.sleep(0)
    return int(text)

async def main():
    try:
        await asyncio.gather(parse("1"), parse("two"))
    except ValueError:
        print(traceback.format_exc().replace(HERE, ""))
    try:
        await asyncio.wait_for(parse("three"), timeout=1)
    except ValueError as e:
        names = [f.name for f in traceback.extract_tb(e.__traceback__)]
        print("frames:", names)
        print(traceback.format_exc().replace(HERE, ""))
    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=0.01)
    except TimeoutError as e:
        print("cause:", repr(e.__cause__), "| context is cause:", e.__context__ is e.__cause__)

asyncio.run(main())
