# An Event wakes all waiters; clear() makes later waiters block again
import asyncio

async def waiter(ev, name):
    print(name, "waiting")
    await ev.wait()
    print(name, "released")
    return name

async def main():
    ev = asyncio.Event()
    ts = [asyncio.create_task(waiter(ev, f"w{i}")) for i in range(3)]
    await asyncio.sleep(0.02)
    print("is_set", ev.is_set())
    ev.set()
    print(await asyncio.gather(*ts))
    ev.clear()
    try:
        await asyncio.wait_for(ev.wait(), 0.05)
    except asyncio.TimeoutError:
        print("blocked after clear")
    print(repr(ev).split(" [")[1])

asyncio.run(main())
