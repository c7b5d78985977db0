# wait_for cannot time out a coroutine that blocks with time.sleep
import asyncio
import time

async def blocking_task():
    print("blocking for 0.5s")
    time.sleep(0.47)
    print("finished blocking")
    return "result"

async def main():
    start = time.perf_counter()
    try:
        r = await asyncio.wait_for(blocking_task(), timeout=0.1)
        print("got", r)
    except asyncio.TimeoutError:
        print("timed out")
    print(f"elapsed {time.perf_counter() - start:.1f}")

asyncio.run(main())
