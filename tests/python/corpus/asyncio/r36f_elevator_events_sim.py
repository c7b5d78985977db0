# An elevator simulation: riders wait on per-floor Events that the elevator sets as it arrives.
import asyncio

FLOORS = 4

async def elevator(arrivals, log):
    for floor in list(range(FLOORS)) + list(range(FLOORS - 2, -1, -1)):
        await asyncio.sleep(0.02)
        log.append(floor)
        arrivals[floor].set()
        await asyncio.sleep(0)
        arrivals[floor].clear()

async def rider(name, start, dest, arrivals):
    await arrivals[start].wait()
    print(f"{name} boards at {start}")
    await arrivals[dest].wait()
    print(f"{name} exits at {dest}")

async def main():
    arrivals = [asyncio.Event() for _ in range(FLOORS)]
    log = []
    await asyncio.gather(elevator(arrivals, log), rider("ann", 0, 3, arrivals),
                         rider("bob", 2, 1, arrivals), rider("cat", 1, 2, arrivals))
    print("path:", log)

asyncio.run(main())
