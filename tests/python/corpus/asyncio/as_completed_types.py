# as_completed yields awaitables in completion order, accepts coroutines and futures, refuses a single future.
import asyncio

async def job(name, delay):
    await asyncio.sleep(delay)
    return name

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.15, fut.set_result, 'future')
    order = []
    for aw in asyncio.as_completed([job('coro', 0.2), fut, asyncio.create_task(job('task', 0.05))]):
        order.append(await aw)
    print(order)
    try:
        asyncio.as_completed(fut)
    except TypeError as e:
        print('TypeError:', e)
    gen = asyncio.as_completed([job('x', 0)])
    print(type(gen).__name__, await next(gen))

asyncio.run(main())
