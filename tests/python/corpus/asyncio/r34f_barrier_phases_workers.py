# Workers meet at an asyncio.Barrier after each phase (Python 3.11's new Barrier).
import asyncio

async def worker(i, barrier, log):
    for phase in range(2):
        await asyncio.sleep(0.01 * (i + 1))
        log.append(f"w{i}p{phase}")
        pos = await barrier.wait()
        if pos == 0:
            print(f"phase {phase} complete: {sorted(log)}")
            log.clear()

async def main():
    barrier = asyncio.Barrier(3)
    print(barrier.parties, barrier.n_waiting, barrier.broken)
    log = []
    await asyncio.gather(*(worker(i, barrier, log) for i in range(3)))
    print("all phases done")
    await barrier.abort()
    try:
        await barrier.wait()
    except asyncio.BrokenBarrierError:
        print("BrokenBarrierError after abort")

asyncio.run(main())
