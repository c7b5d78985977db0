# call_soon from callbacks and from tasks: which iteration each one runs in, interleaved with task steps.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    def cb(name, depth):
        print('callback', name, depth)
        if depth:
            loop.call_soon(cb, name, depth - 1)
    async def task(name):
        for i in range(3):
            print('task', name, 'step', i)
            await asyncio.sleep(0)
    loop.call_soon(cb, 'x', 2)
    t = asyncio.create_task(task('T'))
    loop.call_soon(cb, 'y', 1)
    await t

asyncio.run(main())
