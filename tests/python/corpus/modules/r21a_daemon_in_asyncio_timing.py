# asyncio.run does not wait for a daemon thread started inside it
import asyncio, threading, time
async def main():
    threading.Thread(target=time.sleep, args=(2,), daemon=True).start()
    await asyncio.sleep(0.1)
t0 = time.monotonic()
asyncio.run(main())
print("asyncio.run took about", round(time.monotonic() - t0, 1))
t1 = threading.Thread(target=time.sleep, args=(2,), daemon=True)
t1.start()
print("still alive:", t1.is_alive())
