# Calling create_task from a worker thread that has no event loop
import asyncio
import threading

async def job():
    await asyncio.sleep(0.01)
    return "done"

def start_in_thread():
    try:
        asyncio.create_task(job())
    except RuntimeError as e:
        print("thread:", e)
    print("thread result:", asyncio.run(job()))

t = threading.Thread(target=start_in_thread)
t.start()
t.join()
