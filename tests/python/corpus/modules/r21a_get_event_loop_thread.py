# asyncio.get_event_loop() in a worker thread has no loop
import asyncio, threading
def worker():
    try:
        asyncio.get_event_loop()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        asyncio.get_running_loop()
    except RuntimeError as e:
        print("RuntimeError:", e)
t = threading.Thread(target=worker, name="W1"); t.start(); t.join()
