# asyncio.to_thread copies contextvars into the worker thread; plain executors do not
import asyncio
import contextvars
import threading

trace = contextvars.ContextVar("trace", default="none")

def blocking_work(label):
    return f"{label}: trace={trace.get()} main_thread={threading.current_thread() is threading.main_thread()}"

async def main():
    trace.set("abc123")
    print(blocking_work("direct"))
    print(await asyncio.to_thread(blocking_work, "to_thread"))
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, blocking_work, "executor"))

asyncio.run(main())
