# The event loop page: is_running, stop from a callback, run_forever twice, time, shutdown_default_executor
import asyncio
import time

loop = asyncio.new_event_loop()
print("running before:", loop.is_running(), "closed:", loop.is_closed())
calls = []

def step(n):
    calls.append(n)
    if n == 3:
        loop.stop()
    else:
        loop.call_soon(step, n + 1)

loop.call_soon(step, 1)
loop.run_forever()
print("first run_forever:", calls)
loop.call_later(0.05, loop.stop)
t0 = loop.time()
loop.run_forever()
print("second run_forever waited:", loop.time() - t0 >= 0.04)
fut = loop.run_in_executor(None, time.sleep, 0.01)
print(loop.run_until_complete(fut))
loop.run_until_complete(loop.shutdown_default_executor())
loop.run_until_complete(loop.shutdown_asyncgens())
loop.close()
try:
    loop.run_forever()
except RuntimeError as e:
    print("after close:", e)
