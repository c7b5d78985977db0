# A daemon thread with one long sleep, started inside asyncio.run
import asyncio, threading, time
async def main():
    t = threading.Thread(target=time.sleep, args=(5,), daemon=True)
    t.start()
    await asyncio.sleep(0.1)
    print("alive:", t.is_alive())
asyncio.run(main())
print("after asyncio.run")
