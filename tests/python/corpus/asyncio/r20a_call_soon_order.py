# call_soon callbacks run FIFO, interleaved with a task started by create_task.
import asyncio


def cb(label):
    print('cb', label)


async def worker():
    print('worker start')
    await asyncio.sleep(0)
    print('worker resumed')


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(cb, 'a')
    t = asyncio.create_task(worker())
    loop.call_soon(cb, 'b')
    print('main before sleep')
    await asyncio.sleep(0)
    print('main after first sleep')
    await asyncio.sleep(0)
    print('main after second sleep')
    await t


asyncio.run(main())
