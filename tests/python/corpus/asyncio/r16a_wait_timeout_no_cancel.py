# wait() with a timeout does not cancel what is pending and raises nothing
import asyncio

def tenths(t):
    return int(t * 10 + 0.01) / 10  # elapsed time rounded down to a tenth

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    slow = asyncio.create_task(asyncio.sleep(0.5, 'slow'))
    fast = asyncio.create_task(asyncio.sleep(0.1, 'fast'))
    done, pending = await asyncio.wait([slow, fast], timeout=0.2)
    print([t.result() for t in done], len(pending), tenths(loop.time() - t0))
    print('slow cancelled?', slow.cancelled(), 'done?', slow.done())
    print(await slow, tenths(loop.time() - t0))
    done, pending = await asyncio.wait([asyncio.create_task(asyncio.sleep(1))], timeout=0)
    print(len(done), len(pending))
    for t in pending:
        t.cancel()

asyncio.run(main())
