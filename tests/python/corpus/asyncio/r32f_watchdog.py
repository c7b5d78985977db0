# A watchdog that cancels a worker when it stops sending heartbeats
import asyncio

async def worker(beat: asyncio.Event, stall_after):
    for i in range(10):
        if i == stall_after:
            print("worker: stalling")
            await asyncio.sleep(10)
        await asyncio.sleep(0.02)
        beat.set()

async def watchdog(beat: asyncio.Event, task, limit):
    beats = 0
    while True:
        try:
            await asyncio.wait_for(beat.wait(), timeout=limit)
        except asyncio.TimeoutError:
            print(f"watchdog: no heartbeat after {beats} beats, cancelling")
            task.cancel()
            return beats
        beat.clear()
        beats += 1

async def main():
    beat = asyncio.Event()
    w = asyncio.create_task(worker(beat, stall_after=3))
    print("beats seen:", await watchdog(beat, w, limit=0.15))
    await asyncio.gather(w, return_exceptions=True)
    print("worker cancelled:", w.cancelled())

asyncio.run(main())
