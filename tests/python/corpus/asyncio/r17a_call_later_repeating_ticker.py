# a callback that reschedules itself with call_later until a count runs out
import asyncio

def tick(loop, n, done):
    print('tick', n)
    if n == 0:
        done.set_result('liftoff')
    else:
        loop.call_later(0.05, tick, loop, n - 1, done)

async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    loop.call_soon(tick, loop, 3, done)
    print(await done)

asyncio.run(main())
