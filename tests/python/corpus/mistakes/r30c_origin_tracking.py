# Turning on coroutine origin tracking by hand before forgetting an await.
import sys
import asyncio
sys.set_coroutine_origin_tracking_depth(3)

async def ping():
    return "pong"

def helper():
    return ping()

async def main():
    c = helper()
    print("made", type(c).__name__, c.cr_origin is not None)
    del c
    print("dropped")

asyncio.run(main())
