# An Event set and cleared in rounds: a watcher counts the pulses it sees
import asyncio

async def pulser(ev, n):
    for i in range(n):
        await asyncio.sleep(0.05)
        ev.set()
        await asyncio.sleep(0)
        ev.clear()

async def watcher(ev, n):
    seen = 0
    for _ in range(n):
        await ev.wait()
        seen += 1
        print("pulse", seen, "is_set:", ev.is_set())
        while ev.is_set():
            await asyncio.sleep(0)
    return seen

async def main():
    ev = asyncio.Event()
    _, seen = await asyncio.gather(pulser(ev, 3), watcher(ev, 3))
    print("watcher saw", seen)
    print(repr(ev).split("[")[1])

asyncio.run(main())
