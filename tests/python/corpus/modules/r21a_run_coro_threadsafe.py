# run_coroutine_threadsafe submits a coroutine to a loop running in another thread
import asyncio, threading
async def add(a, b):
    await asyncio.sleep(0.1)
    return a + b
loop = asyncio.new_event_loop()
t = threading.Thread(target=loop.run_forever, daemon=True)
t.start()
fut = asyncio.run_coroutine_threadsafe(add(2, 3), loop)
print(type(fut).__module__, fut.result(timeout=2))
fut2 = asyncio.run_coroutine_threadsafe(add(10, 20), loop)
print(fut2.result())
loop.call_soon_threadsafe(loop.stop)
t.join()
loop.close()
print("loop closed:", loop.is_closed())
