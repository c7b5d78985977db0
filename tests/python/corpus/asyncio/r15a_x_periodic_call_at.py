# A periodic job scheduled with call_at on absolute deadlines, so it does not drift
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    ticks = []
    done = loop.create_future()
    def tick(n):
        ticks.append(n)
        if n == 4:
            done.set_result(None)
        else:
            loop.call_at(start + 0.1 * (n + 1), tick, n + 1)
    loop.call_at(start + 0.1, tick, 1)
    await done
    print(ticks)
    print("ended near 0.4 s:", 0.39 < loop.time() - start)

asyncio.run(main())
