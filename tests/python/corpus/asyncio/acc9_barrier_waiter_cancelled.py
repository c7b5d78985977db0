# Barrier(3): one of two waiters is cancelled; n_waiting drops and the barrier still trips for three later.
import asyncio

async def party(b, name):
    try:
        i = await b.wait()
        print(name, 'passed with index', i)
    except asyncio.CancelledError:
        print(name, 'cancelled; n_waiting now', b.n_waiting)
        raise

async def main():
    b = asyncio.Barrier(3)
    t1 = asyncio.create_task(party(b, 't1'))
    t2 = asyncio.create_task(party(b, 't2'))
    await asyncio.sleep(0)
    print('n_waiting:', b.n_waiting, 'broken:', b.broken)
    t1.cancel()
    await asyncio.sleep(0)
    print('n_waiting:', b.n_waiting)
    t3 = asyncio.create_task(party(b, 't3'))
    t4 = asyncio.create_task(party(b, 't4'))
    await asyncio.gather(t1, t2, t3, t4, return_exceptions=True)
    print('n_waiting:', b.n_waiting, 'broken:', b.broken, 'parties:', b.parties)

asyncio.run(main())
