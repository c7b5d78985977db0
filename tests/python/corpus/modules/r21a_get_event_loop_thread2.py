# What asyncio.get_event_loop() gives in a fresh thread
import asyncio, threading
def worker():
    try:
        loop = asyncio.get_event_loop()
        print("got a loop:", type(loop).__name__, loop.is_running())
    except RuntimeError as e:
        print("RuntimeError:", e)
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    print("after set:", asyncio.get_event_loop() is loop)
    loop.close()
t = threading.Thread(target=worker); t.start(); t.join()
