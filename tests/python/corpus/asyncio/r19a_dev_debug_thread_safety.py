# debug mode: non-thread-safe calls from another thread are refused; call_soon_threadsafe works
import asyncio

def from_thread(loop, fut):
    try:
        loop.call_soon(print, "should not run")
    except RuntimeError as e:
        print("RuntimeError:", e)
    loop.call_soon_threadsafe(fut.set_result, "set from thread")
    return "thread done"

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(await asyncio.to_thread(from_thread, loop, fut))
    print(await fut)
    async def coro():
        pass
    try:
        loop.call_soon(coro)
    except TypeError as e:
        print("TypeError:", e)
    c = coro()
    try:
        loop.call_later(0.1, c)
    except TypeError as e:
        print("TypeError:", e)
    c.close()

asyncio.run(main(), debug=True)
