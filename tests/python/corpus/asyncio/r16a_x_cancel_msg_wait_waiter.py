# A task blocked in asyncio.wait() cancelled with a message: the waited tasks are left running
import asyncio

async def waiter(tasks):
    try:
        await asyncio.wait(tasks)
    except asyncio.CancelledError as e:
        print('wait interrupted', e.args)
        raise

async def main():
    tasks = [asyncio.create_task(asyncio.sleep(0.2, i)) for i in range(2)]
    w = asyncio.create_task(waiter(tasks))
    await asyncio.sleep(0.1)
    w.cancel('enough')
    await asyncio.gather(w, return_exceptions=True)
    print([t.done() for t in tasks], [t.cancelled() for t in tasks])
    print(await asyncio.gather(*tasks))

asyncio.run(main())
