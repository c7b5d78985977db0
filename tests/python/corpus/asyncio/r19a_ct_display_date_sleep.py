# docs "Sleeping": display_date coroutine, with a counter instead of the date
import asyncio

async def display_date():
    loop = asyncio.get_running_loop()
    start = loop.time()
    end_time = start + 1.0
    n = 0
    while True:
        t = loop.time() - start
        print(f"tick {n} at ~{n * 0.25}:", n * 0.25 - 1e-6 <= t < n * 0.25 + 0.2)
        n += 1
        if (loop.time() + 0.25) >= end_time:
            break
        await asyncio.sleep(0.25)
    return n

print("ticks:", asyncio.run(display_date()))
