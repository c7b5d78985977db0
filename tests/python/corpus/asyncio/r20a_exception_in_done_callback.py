# An exception raised inside a done callback is logged; the awaiting code is unaffected.
import asyncio


def bad_cb(task):
    print('callback sees', task.result())
    raise RuntimeError('callback failed')


async def job():
    await asyncio.sleep(0.01)
    return 7


async def main():
    t = asyncio.create_task(job())
    t.add_done_callback(bad_cb)
    print('awaited', await t)
    await asyncio.sleep(0)
    print('main end')


asyncio.run(main())
