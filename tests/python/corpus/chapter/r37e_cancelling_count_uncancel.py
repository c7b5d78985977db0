# cancelled a task twice and looked at cancelling() and uncancel()
import asyncio

async def worker():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        me = asyncio.current_task()
        print('worker: cancelling() =', me.cancelling())
        print('worker: uncancel() ->', me.uncancel(), me.uncancel())
        await asyncio.sleep(0.01)
        return 'recovered'

async def main():
    task = asyncio.create_task(worker())
    await asyncio.sleep(0.01)
    print(task.cancel(), task.cancel('again'), task.cancelling())
    print(await task, task.cancelled(), task.cancelling())
    print(task.cancel())

asyncio.run(main())
