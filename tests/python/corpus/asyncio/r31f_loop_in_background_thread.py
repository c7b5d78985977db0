# Running an event loop in a background thread and submitting work from the main thread
import asyncio
import threading

loop = asyncio.new_event_loop()
th = threading.Thread(target=loop.run_forever, daemon=True)
th.start()

async def square(x):
    await asyncio.sleep(0.01)
    return x * x

futs = [asyncio.run_coroutine_threadsafe(square(i), loop) for i in range(5)]
print([f.result(timeout=2) for f in futs])
done = threading.Event()
loop.call_soon_threadsafe(done.set)
print("callback ran:", done.wait(2))
loop.call_soon_threadsafe(loop.stop)
th.join(2)
print("thread alive:", th.is_alive(), "loop running:", loop.is_running())
loop.close()
