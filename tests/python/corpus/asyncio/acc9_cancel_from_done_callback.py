# A done callback of one task cancels another; a callback added to a cancelled task runs with it.
import asyncio

async def quick():
    return 'quick'

async def slow():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print('slow cancelled', e.args)
        raise

async def main():
    s = asyncio.create_task(slow(), name='slow')
    q = asyncio.create_task(quick(), name='quick')
    q.add_done_callback(lambda t: print('callback of', t.get_name(), '->', s.cancel(f'{t.result()} finished')))
    s.add_done_callback(lambda t: print('callback of', t.get_name(), 'cancelled:', t.cancelled()))
    await asyncio.wait([s, q])
    s.add_done_callback(lambda t: print('late callback, cancelled:', t.cancelled()))
    await asyncio.sleep(0)
    print('end')

asyncio.run(main())
