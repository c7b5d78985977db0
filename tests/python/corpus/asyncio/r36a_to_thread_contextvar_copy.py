# to_thread copies the context: the thread sees the variable, its own set() does not come back
import asyncio
import contextvars

trace_id = contextvars.ContextVar("trace_id", default="-")


def in_thread(tag):
    seen = trace_id.get()
    trace_id.set(f"{tag}-changed")
    return seen, trace_id.get()


async def main():
    trace_id.set("req-7")
    print(await asyncio.to_thread(in_thread, "t1"))
    print("main still", trace_id.get())
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, in_thread, "t2"))


asyncio.run(main())
