# A heartbeat printed every 0.1 s with call_later while a slow factorial runs.
import asyncio

beats = 0


def heartbeat(loop, stop):
    global beats
    if stop.is_set():
        return
    beats += 1
    print(f"  heartbeat {beats}")
    loop.call_later(0.2, heartbeat, loop, stop)


async def factorial(n):
    r = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.2)
        r *= i
        print(f"step {i}")
    return r


async def main():
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    loop.call_later(0.1, heartbeat, loop, stop)
    print("3! =", await factorial(3))
    stop.set()
    print("beats:", beats)


asyncio.run(main())
