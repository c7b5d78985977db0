# to_thread copies the current context into the worker thread
import asyncio
import contextvars
import threading

tenant = contextvars.ContextVar("tenant", default="?")

def work():
    return tenant.get(), threading.current_thread() is threading.main_thread()

async def main():
    tenant.set("acme")
    print(await asyncio.to_thread(work))
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, work))

asyncio.run(main())
