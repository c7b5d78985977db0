# The shielded task itself is cancelled: the awaiting side gets CancelledError too.
import asyncio

async def work():
    await asyncio.sleep(1)

async def main():
    inner = asyncio.create_task(work())
    outer = asyncio.shield(inner)
    print(type(outer).__name__, outer.done())
    await asyncio.sleep(0)
    inner.cancel('inner stop')
    try:
        await outer
    except asyncio.CancelledError as e:
        print('outer raised CancelledError', e.args)
    print('outer cancelled:', outer.cancelled(), 'inner cancelled:', inner.cancelled())
    f = asyncio.get_running_loop().create_future()
    f.set_result('done already')
    print('shield of a done future is it:', asyncio.shield(f) is f)

asyncio.run(main())
