# The repr of tasks and futures as they go from pending to finished, failed or cancelled (on stderr).
import asyncio
import sys

async def worker(value, fail=False):
    await asyncio.sleep(0.01)
    if fail:
        raise ValueError(value)
    return value

def show(label, obj):
    print(label, repr(obj), file=sys.stderr)

async def main():
    loop = asyncio.get_running_loop()
    ok = asyncio.create_task(worker('ZZ'))
    bad = asyncio.create_task(worker('bad', fail=True), name='failing')
    stopped = asyncio.create_task(worker('never'))
    show('created:', ok)
    stopped.cancel()
    show('cancel requested before it started:', stopped)
    sleeper = asyncio.create_task(worker('zz'))
    await asyncio.sleep(0)
    show('sleeping:', sleeper)
    sleeper.cancel()
    show('cancelled while sleeping:', sleeper)
    await asyncio.sleep(0.05)
    show('finished:', ok)
    show('failed:', bad)
    print('retrieved:', repr(bad.exception()))
    show('cancelled:', stopped)
    fut = loop.create_future()
    show('future:', fut)
    fut.set_exception(KeyError('k'))
    show('future failed:', fut)
    fut.exception()
    lost = loop.create_future()
    lost.set_exception(RuntimeError('nobody reads this'))
    del lost
    print('after the lost future')
    done = loop.create_future()
    done.set_result({'a': 1})
    show('future done:', done)

asyncio.run(main())
