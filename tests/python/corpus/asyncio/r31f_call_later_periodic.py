# A periodic callback using call_later that reschedules itself, stopped via a Future
import asyncio

def tick(loop, n, done):
    print(f"tick {n}, at least {n * 0.05:.2f}s elapsed:", loop.time() - start >= n * 0.05 - 0.001)
    if n == 4:
        done.set_result("finished")
        return
    loop.call_later(0.05, tick, loop, n + 1, done)

async def main():
    global start
    loop = asyncio.get_running_loop()
    start = loop.time()
    done = loop.create_future()
    loop.call_later(0.05, tick, loop, 1, done)
    print(await done)

asyncio.run(main())
