# asyncio.to_thread runs a blocking function while other tasks proceed
import asyncio, time, threading
def blocking_io(label):
    time.sleep(0.3)
    return f"{label} from {threading.current_thread() is threading.main_thread()}"
async def ticker():
    for i in range(3):
        print("tick", i)
        await asyncio.sleep(0.1)
async def main():
    t0 = time.monotonic()
    res, _ = await asyncio.gather(asyncio.to_thread(blocking_io, "io"), ticker())
    print(res)
    print("about", round(time.monotonic() - t0, 1))
asyncio.run(main())
