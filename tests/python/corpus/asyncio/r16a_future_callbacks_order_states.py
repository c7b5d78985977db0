# Future callbacks run in registration order, one per turn of the loop, after the result is set
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    log = []
    for i in range(3):
        fut.add_done_callback(lambda f, i=i: log.append((i, f.result())))
    print(fut.done(), fut.cancelled())
    fut.set_result('R')
    print('right after set_result:', log, fut.done())
    await asyncio.sleep(0)
    print('after a turn:', log)
    fut.add_done_callback(lambda f: log.append('late'))
    print('late added, not yet:', log[-1])
    await asyncio.sleep(0)
    print(log[-1])

asyncio.run(main())
