import asyncio
import contextlib


async def heartbeat(interval, beats):
    while True:
        beats.append(len(beats))
        await asyncio.sleep(interval)


async def main():
    beats = []
    hb = asyncio.create_task(heartbeat(0.3, beats))
    await asyncio.sleep(0.45)
    hb.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await hb
    print("beats:", beats)
    print("heartbeat cancelled:", hb.cancelled())


asyncio.run(main())
