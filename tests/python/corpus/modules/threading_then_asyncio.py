# threads, then asyncio.run, then threads again
import asyncio, threading, time
def w(n):
    time.sleep(0.2)
    print("w", n)
t = threading.Thread(target=w, args=(1,)); t.start(); t.join()
async def main():
    await asyncio.sleep(0.1)
    return "async"
print(asyncio.run(main()))
t = threading.Thread(target=w, args=(2,)); t.start()
print("main waits")
t.join()
print(asyncio.run(main()))
