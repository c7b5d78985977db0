import asyncio

async def waiter(ev):
    print("waiting for event")
    ev.wait()
    print("event is set?", ev.is_set())

async def main():
    ev = asyncio.Event()
    t = asyncio.create_task(waiter(ev))
    await asyncio.sleep(0.02)
    ev.set()
    await t

asyncio.run(main())
