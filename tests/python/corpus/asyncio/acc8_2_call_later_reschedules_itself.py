# A callback that reschedules itself with call_later, counting down, then sets a future.
import asyncio

def tick(loop, n, fut):
    print('tick', n)
    if n == 0:
        fut.set_result('liftoff')
    else:
        loop.call_later(0.01, tick, loop, n - 1, fut)

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(tick, loop, 3, fut)
    print(await fut)

asyncio.run(main())
