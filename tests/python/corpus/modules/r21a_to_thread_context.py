# to_thread copies contextvars into the worker thread; plain Thread does not
import asyncio, threading, contextvars
req = contextvars.ContextVar("req", default="none")
def show(tag):
    print(tag, req.get())
async def main():
    req.set("req-42")
    await asyncio.to_thread(show, "to_thread:")
    t = threading.Thread(target=show, args=("Thread:",))
    t.start(); t.join()
    ctx = contextvars.copy_context()
    t = threading.Thread(target=ctx.run, args=(show, "ctx.run:"))
    t.start(); t.join()
asyncio.run(main())
