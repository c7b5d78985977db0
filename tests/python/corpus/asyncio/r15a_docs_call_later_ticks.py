# The docs' display-date callback reworked: call_later reschedules itself a few times
import asyncio

def tick(n, end_time, loop, done):
    print("tick", n)
    if (loop.time() + 0.1) >= end_time or n >= 4:
        done.set_result(n)
        return
    loop.call_later(0.1, tick, n + 1, end_time, loop, done)

async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    end_time = loop.time() + 10.0
    loop.call_soon(tick, 0, end_time, loop, done)
    print("last tick:", await done)

asyncio.run(main())
