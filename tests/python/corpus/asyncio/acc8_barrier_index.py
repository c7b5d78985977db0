# Barrier(3): wait() returns each party's index; n_waiting while they gather; reused for a second round.
import asyncio

async def party(b, name, delay):
    await asyncio.sleep(delay)
    idx = await b.wait()
    print(name, 'passed with index', idx)
    return idx

async def main():
    b = asyncio.Barrier(3)
    print('parties', b.parties, 'waiting', b.n_waiting, 'broken', b.broken)
    ts = [asyncio.create_task(party(b, n, d)) for n, d in (('x', 0.1), ('y', 0.0), ('z', 0.3))]
    await asyncio.sleep(0.2)
    print('waiting now:', b.n_waiting)
    print(sorted(await asyncio.gather(*ts)))
    ts = [asyncio.create_task(party(b, n, 0)) for n in 'pqr']
    await asyncio.gather(*ts)

asyncio.run(main())
