# Wait on an Event with a timeout in a loop, printing a heartbeat until it is set.
import asyncio

async def setter(ev):
    await asyncio.sleep(0.5)
    print("setting event")
    ev.set()

async def waiter(ev):
    beats = 0
    while not ev.is_set():
        try:
            await asyncio.wait_for(ev.wait(), timeout=0.2)
        except asyncio.TimeoutError:
            beats += 1
            print(f"still waiting... ({beats})")
    return beats

async def main():
    ev = asyncio.Event()
    asyncio.create_task(setter(ev))
    beats = await waiter(ev)
    print("event set after", beats, "heartbeats")
    ev.clear()
    print("cleared:", ev.is_set())

asyncio.run(main())
