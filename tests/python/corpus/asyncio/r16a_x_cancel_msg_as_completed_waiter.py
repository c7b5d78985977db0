# A task looping over as_completed() cancelled with a message; the awaited tasks are not cancelled
import asyncio

async def consume(tasks):
    try:
        for f in asyncio.as_completed(tasks):
            print('got', await f)
    except asyncio.CancelledError as e:
        print('consumer', e.args)
        raise

async def main():
    tasks = [asyncio.create_task(asyncio.sleep(d, d)) for d in (0.1, 0.3)]
    c = asyncio.create_task(consume(tasks))
    await asyncio.sleep(0.2)
    c.cancel('no more')
    await asyncio.gather(c, return_exceptions=True)
    print([t.done() for t in tasks], [t.cancelled() for t in tasks])
    print(await tasks[1])

asyncio.run(main())
