# a thread started inside asyncio, and joined from a to_thread
import asyncio, threading, time
def blocking(n):
    time.sleep(0.2)
    print("thread done", n, threading.current_thread().name)
async def main():
    t = threading.Thread(target=blocking, args=(1,), name="bg")
    t.start()
    print("alive:", t.is_alive())
    await asyncio.sleep(0.1)
    print("main tick")
    await asyncio.to_thread(t.join)
    print("alive:", t.is_alive())
asyncio.run(main())
print("end")
