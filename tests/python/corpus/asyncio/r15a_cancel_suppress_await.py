# The common shutdown idiom: cancel, then await inside contextlib.suppress(CancelledError)
import asyncio
import contextlib

async def heartbeat(beats):
    while True:
        beats.append("beat")
        await asyncio.sleep(0.25)

async def main():
    beats = []
    hb = asyncio.create_task(heartbeat(beats))
    await asyncio.sleep(0.35)
    hb.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await hb
    print(len(beats), "beats; cancelled:", hb.cancelled())

asyncio.run(main())
