# Catching an error around asyncio.run and printing its traceback's frame names and the last line
import asyncio
import os
import traceback

async def load_config():
    await asyncio.sleep(0)
    return {"port": "eighty"}

async def main():
    cfg = await load_config()
    return int(cfg["port"])

try:
    asyncio.run(main())
except ValueError as e:
    tb = traceback.extract_tb(e.__traceback__)
    print("first frame:", tb[0].name, "| last frame:", tb[-1].name, tb[-1].line)
    print("user frames:", [f.name for f in tb if os.path.basename(f.filename) == os.path.basename(__file__)])
    print("frames in all:", len(tb))
    print("".join(traceback.format_exception_only(e)), end="")
