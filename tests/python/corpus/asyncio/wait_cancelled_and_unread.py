# a task cancelled while it waits in asyncio.wait() (the CancelledError goes through), and a failure wait() returned but nobody read
import asyncio

async def fail():
    await asyncio.sleep(0.1)
    raise ValueError('never read')

async def waiter(ts):
    try:
        await asyncio.wait(ts)
        print('wait returned')
    except asyncio.CancelledError:
        print('waiter cancelled')
        raise

async def main():
    ts = [asyncio.create_task(asyncio.sleep(1))]
    w = asyncio.create_task(waiter(ts))
    await asyncio.sleep(0.1)
    w.cancel()
    await asyncio.sleep(0.1)
    print('w cancelled', w.cancelled(), ts[0].done())
    t = asyncio.create_task(fail())
    done, pending = await asyncio.wait([t])
    print(len(done), len(pending))
    del t, done
    print('end of main')
    f = asyncio.get_running_loop().create_future()
    f.set_result(1)
    order = []
    w2 = asyncio.create_task(asyncio.wait([f]))
    asyncio.get_running_loop().call_soon(order.append, 'callback')
    await w2
    print(order)

asyncio.run(main())
