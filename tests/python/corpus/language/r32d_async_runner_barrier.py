# asyncio 3.11 additions: asyncio.Runner reused for several runs and a Barrier for runners in a race
import asyncio


async def runner(name, delay, barrier, log):
    await asyncio.sleep(delay)
    log.append(f"{name} ready")
    pos = await barrier.wait()
    log.append(f"{name} go (slot {pos})")


async def race():
    barrier = asyncio.Barrier(3)
    log = []
    await asyncio.gather(*(runner(n, d, barrier, log) for n, d in [("a", 0.3), ("b", 0.1), ("c", 0.2)]))
    print(log[:3], sorted(log[3:]))
    print(barrier.n_waiting, barrier.parties, barrier.broken)
    return len(log)


async def add(a, b):
    await asyncio.sleep(0.01)
    return a + b


with asyncio.Runner() as r:
    print(r.run(add(1, 2)), r.run(add(3, 4)))
    print(r.run(race()))
    print(type(r.get_loop()).__name__.endswith("EventLoop"))
r.run(add(0, 0))
