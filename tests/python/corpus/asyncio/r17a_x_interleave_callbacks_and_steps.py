# the ready queue: task steps and call_soon callbacks interleave in FIFO order
import asyncio

log = []

async def task(name):
    for i in range(2):
        log.append(f'{name}{i}')
        await asyncio.sleep(0)

async def main():
    loop = asyncio.get_running_loop()
    a = asyncio.create_task(task('A'))
    loop.call_soon(log.append, 'cb1')
    b = asyncio.create_task(task('B'))
    loop.call_soon(log.append, 'cb2')
    await asyncio.sleep(0)
    loop.call_soon(log.append, 'cb3')
    await asyncio.gather(a, b)
    print(' '.join(log))

asyncio.run(main())
