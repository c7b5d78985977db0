# The common pattern: cancel a task then await it under contextlib.suppress(CancelledError)
import asyncio
import contextlib

async def ticker(out):
    i = 0
    while True:
        out.append(i)
        i += 1
        await asyncio.sleep(0.2)

async def main():
    out = []
    t = asyncio.create_task(ticker(out))
    await asyncio.sleep(0.3)
    t.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await t
    print("ticks:", out)
    print("cancelled:", t.cancelled())

asyncio.run(main())
