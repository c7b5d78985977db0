# test_locks: Barrier's repr while filling; a waiter cancelled in the filling phase leaves it unbroken
import asyncio, re

def show(b):
    print(re.sub(r' at 0x[0-9a-f]+', '', repr(b)))

async def main():
    b = asyncio.Barrier(2)
    show(b)
    t = asyncio.create_task(b.wait())
    await asyncio.sleep(0)
    show(b)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    show(b)
    print(t.cancelled(), b.broken, b.n_waiting)

asyncio.run(main())
