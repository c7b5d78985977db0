# Run an event loop in a background thread and submit coroutines with run_coroutine_threadsafe.
import asyncio
import threading

async def add(a, b):
    await asyncio.sleep(0.01)
    return a + b

loop = asyncio.new_event_loop()
thread = threading.Thread(target=loop.run_forever, daemon=True)
thread.start()

futures = [asyncio.run_coroutine_threadsafe(add(i, i), loop) for i in range(3)]
print([f.result(timeout=2) for f in futures])
loop.call_soon_threadsafe(loop.stop)
thread.join()
loop.close()
print("background loop closed:", loop.is_closed())
