# A watchdog that notices when heartbeats stop arriving
import asyncio

async def service(beat, stop_after):
    for i in range(stop_after):
        await asyncio.sleep(0.02)
        beat.set()
    print("service hung after", stop_after, "beats")
    await asyncio.sleep(10)

async def watchdog(beat, timeout):
    beats = 0
    while True:
        try:
            await asyncio.wait_for(beat.wait(), timeout)
        except asyncio.TimeoutError:
            print(f"watchdog: no heartbeat for {timeout}s after {beats} beats")
            return beats
        beat.clear()
        beats += 1

async def main():
    beat = asyncio.Event()
    svc = asyncio.create_task(service(beat, 4))
    print("watchdog result:", await watchdog(beat, 0.15))
    svc.cancel()

asyncio.run(main())
