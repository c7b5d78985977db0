# wait FIRST_COMPLETED, take the winner, cancel the others
import asyncio

async def worker(label, delay):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(label, 'was cancelled')
        raise
    return label

async def main():
    tasks = [asyncio.create_task(worker(l, d), name=l)
             for l, d in (('A', 0.3), ('B', 0.05), ('C', 0.2))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print('winner:', [t.result() for t in done])
    for t in tasks:
        if t in pending:
            t.cancel()
            await asyncio.gather(t, return_exceptions=True)
    print('states:', [(t.get_name(), t.cancelled()) for t in tasks])

asyncio.run(main())
