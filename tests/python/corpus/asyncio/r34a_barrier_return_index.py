# Barrier.wait() gives each party a distinct index; the one with index 0 announces the phase
import asyncio


async def runner(barrier, name, delay, log):
    for phase in range(2):
        await asyncio.sleep(delay)
        idx = await barrier.wait()
        if idx == 0:
            log.append(f"phase {phase} done (announced)")
        log.append((phase, name))


async def main():
    barrier = asyncio.Barrier(3)
    print("parties", barrier.parties, "waiting", barrier.n_waiting, "broken", barrier.broken)
    log = []
    await asyncio.gather(*(runner(barrier, n, d, log) for n, d in [("a", 0.01), ("b", 0.03), ("c", 0.02)]))
    announces = [x for x in log if isinstance(x, str)]
    print(announces)
    for phase in range(2):
        print(phase, sorted(n for p, n in (x for x in log if isinstance(x, tuple)) if p == phase))
    print("state:", str(barrier).split(" [")[1])


asyncio.run(main())
