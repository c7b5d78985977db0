# test_sync.c: a_barrier_lets_its_parties_go_together_with_their_indexes
#              an_aborted_or_reset_barrier_raises_broken_barrier_error
import asyncio


async def party(name, b):
    try:
        i = await b.wait()
    except asyncio.BrokenBarrierError as e:
        print(f"{name}: BrokenBarrierError: {e}")
        return
    print(f"{name} passed with index {i}")


async def main():
    b = asyncio.Barrier(3)
    ts = [asyncio.create_task(party(n, b)) for n in "AB"]
    await asyncio.sleep(0)
    print(f"waiting: {b.n_waiting} of {b.parties}")
    ts.append(asyncio.create_task(party("C", b)))
    await asyncio.gather(*ts)
    print(f"after: {b.n_waiting}, broken: {b.broken}")
    t = asyncio.create_task(party("D", b))
    await asyncio.sleep(0)
    await b.reset()
    await t
    t = asyncio.create_task(party("E", b))
    await asyncio.sleep(0)
    await b.abort()
    await t
    print(f"broken: {b.broken}")
    await party("F", b)
    await b.reset()
    print(f"after reset, broken: {b.broken}")


asyncio.run(main())
