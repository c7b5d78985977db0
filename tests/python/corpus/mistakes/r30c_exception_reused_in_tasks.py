# One exception instance raised by several tasks and gathered.
import asyncio

SHARED = TimeoutError("upstream slow")

async def call(i):
    await asyncio.sleep(0.01 * i)
    raise SHARED

async def main():
    results = await asyncio.gather(call(1), call(2), return_exceptions=True)
    print([r is SHARED for r in results])
    tb = SHARED.__traceback__
    n = 0
    while tb:
        n += 1
        tb = tb.tb_next
    print("frames in traceback:", n)
    await call(0)

asyncio.run(main())
