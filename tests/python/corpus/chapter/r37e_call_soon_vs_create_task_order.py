# which runs first: a call_soon callback or a freshly created task? printed the order
import asyncio

async def worker(name):
    print('task', name, 'step 1')
    await asyncio.sleep(0)
    print('task', name, 'step 2')

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(print, 'callback 1')
    t = asyncio.create_task(worker('A'))
    loop.call_soon(print, 'callback 2')
    u = asyncio.create_task(worker('B'))
    print('main before await')
    await asyncio.gather(t, u)
    print('main after')

asyncio.run(main())
