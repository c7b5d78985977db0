# A Barrier is cyclic: it can be used for several rounds.
import asyncio

async def runner(barrier, name, log):
    for rnd in range(3):
        await asyncio.sleep(0.01 * (ord(name) - 96))
        log.append((rnd, name))
        await barrier.wait()

async def main():
    barrier = asyncio.Barrier(2)
    log = []
    await asyncio.gather(runner(barrier, 'a', log), runner(barrier, 'b', log))
    print(log)
    print(repr(barrier).split(' ', 1)[0].lstrip('<'), barrier.n_waiting)

asyncio.run(main())
