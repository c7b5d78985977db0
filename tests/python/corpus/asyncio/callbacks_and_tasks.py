# call_soon callbacks and task steps share one FIFO ready queue.
import asyncio

async def step(name, n):
    for i in range(n):
        print(f'task {name} step {i}')
        await asyncio.sleep(0)

async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(step('T', 3))
    loop.call_soon(print, 'callback 1')
    loop.call_soon(print, 'callback 2')
    print('main before yielding')
    await asyncio.sleep(0)
    loop.call_soon(print, 'callback 3')
    print('main after one yield')
    await asyncio.sleep(0)
    print('main after two yields')
    await t
    fut = loop.create_future()
    fut.add_done_callback(lambda f: print('future callback:', f.result()))
    loop.call_soon(fut.set_result, 'set by call_soon')
    await fut
    print('main end')

asyncio.run(main())
