# A periodic background task using a while loop with sleep, stopped by an Event
import asyncio

async def heartbeat(stop: asyncio.Event):
    beats = 0
    while not stop.is_set():
        beats += 1
        print(f"heartbeat {beats}")
        try:
            await asyncio.wait_for(stop.wait(), timeout=0.2)
        except asyncio.TimeoutError:
            pass
    return beats

async def main():
    stop = asyncio.Event()
    task = asyncio.create_task(heartbeat(stop))
    await asyncio.sleep(0.3)
    stop.set()
    print("beats:", await task)

asyncio.run(main())
