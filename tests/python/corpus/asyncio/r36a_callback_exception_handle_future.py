# A callback scheduled with call_later raises; the default handler shows the TimerHandle-free message
import asyncio
import functools


def tick(n, limit):
    if n >= limit:
        raise OverflowError(f"tick {n} over limit {limit}")
    print("tick", n)


async def main():
    loop = asyncio.get_running_loop()
    for n in range(3):
        loop.call_soon(functools.partial(tick, n, limit=2))
    await asyncio.sleep(0.01)
    print("main done")


asyncio.run(main())
