# done callbacks are scheduled in the order they were added when the result is set, not run at once
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    order = []
    for name in 'abc':
        fut.add_done_callback(lambda f, n=name: order.append((n, f.result())))
    fut.set_result(1)
    print('right after set_result:', order)
    await asyncio.sleep(0)
    print('after one step:', order)
    fut.add_done_callback(lambda f: order.append(('late', f.result())))
    await asyncio.sleep(0)
    print('late one:', order[-1])

asyncio.run(main())
