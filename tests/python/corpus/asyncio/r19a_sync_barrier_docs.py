# docs "Barrier" example (addresses stripped from the reprs)
import asyncio
import re

def show(obj):
    print(re.sub(r' at 0x[0-9a-f]+', '', repr(obj)))

async def example_barrier():
    # barrier with 3 parties
    b = asyncio.Barrier(3)
    # create 2 new waiting tasks
    asyncio.create_task(b.wait())
    asyncio.create_task(b.wait())
    await asyncio.sleep(0)
    show(b)
    # The third .wait() call passes the barrier
    await b.wait()
    show(b)
    print("barrier passed")
    await b.reset()
    show(b)
    print(b.parties, b.n_waiting, b.broken)
    await b.abort()
    show(b)
    try:
        await b.wait()
    except asyncio.BrokenBarrierError as e:
        print("BrokenBarrierError", repr(e))

asyncio.run(example_barrier())
