# A daemon thread started from a coroutine is abandoned when the program ends
import asyncio, threading, time
def background():
    while True:
        time.sleep(0.1)
async def main():
    t = threading.Thread(target=background, daemon=True, name="bg")
    t.start()
    await asyncio.sleep(0.25)
    print("bg alive:", t.is_alive(), "daemon:", t.daemon)
asyncio.run(main())
print("exiting with a daemon still running")
