# wait_for times out on to_thread, but the thread keeps running; asyncio.run waits for it
import asyncio, time
def slow():
    time.sleep(0.5)
    print("slow thread finished anyway")
async def main():
    t0 = time.monotonic()
    try:
        await asyncio.wait_for(asyncio.to_thread(slow), timeout=0.1)
    except asyncio.TimeoutError:
        print("timed out after about", round(time.monotonic() - t0, 1))
start = time.monotonic()
asyncio.run(main())
print("asyncio.run returned after about", round(time.monotonic() - start, 1))
