# tutorialspoint-style: explicit event loop, call_soon, call_later, run_until_complete
import asyncio

def callback(name, loop):
    print(f"callback {name}, loop running: {loop.is_running()}")

async def coro(loop):
    loop.call_soon(callback, "soon", loop)
    loop.call_later(0.2, callback, "later-0.2", loop)
    loop.call_later(0.1, callback, "later-0.1", loop)
    h = loop.call_later(0.15, callback, "never", loop)
    h.cancel()
    print("handle cancelled:", h.cancelled())
    await asyncio.sleep(0.3)
    return "coro result"

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
try:
    result = loop.run_until_complete(coro(loop))
    print(result)
    fut = loop.create_future()
    loop.call_later(0.1, fut.set_result, 99)
    print("future:", loop.run_until_complete(fut))
finally:
    loop.close()
print("closed:", loop.is_closed(), "running:", loop.is_running())
