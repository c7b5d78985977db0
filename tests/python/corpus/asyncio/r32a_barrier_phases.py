# Barrier: three parties meet twice; wait() returns distinct indices
import asyncio

async def party(barrier, name, log):
    for phase in range(2):
        await asyncio.sleep(0.001 * len(name))
        idx = await barrier.wait()
        log.append((phase, idx))

async def main():
    b = asyncio.Barrier(3)
    print(b.parties, b.n_waiting, b.broken)
    log = []
    await asyncio.gather(*(party(b, n, log) for n in ("a", "bb", "ccc")))
    for phase in range(2):
        print(phase, sorted(i for p, i in log if p == phase))
    print(b.n_waiting, b.broken)

asyncio.run(main())
