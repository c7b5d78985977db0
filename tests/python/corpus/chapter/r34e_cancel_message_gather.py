# cancelling a task with a message and seeing it come out of gather
import asyncio

async def worker(label):
    await asyncio.sleep(0.5)
    return label

async def main():
    t = asyncio.create_task(worker('A'))
    other = asyncio.create_task(worker('B'))
    asyncio.get_running_loop().call_later(0.05, t.cancel, 'too slow')
    res = await asyncio.gather(t, return_exceptions=True)
    print('res:', res, [type(r).__name__ for r in res])
    other.cancel()
    try:
        await other
    except asyncio.CancelledError as e:
        print('other cancelled, args', e.args)

asyncio.run(main())
