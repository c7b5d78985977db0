# A Barrier releases all parties together; wait() returns distinct indices.
import asyncio

async def party(barrier, name, delay, log):
    await asyncio.sleep(delay)
    log.append(f'{name} arrives')
    idx = await barrier.wait()
    log.append(f'{name} passes')
    return idx

async def main():
    barrier = asyncio.Barrier(3)
    print(barrier.parties, barrier.n_waiting, barrier.broken)
    log = []
    idxs = await asyncio.gather(*(party(barrier, n, d, log) for n, d in (('a', 0.03), ('b', 0.01), ('c', 0.02))))
    print(sorted(idxs))
    print(log)
    print(barrier.n_waiting, barrier.broken)

asyncio.run(main())
# (end of the program)
