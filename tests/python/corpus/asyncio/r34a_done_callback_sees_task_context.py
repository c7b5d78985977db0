# A task's done callback runs in the task's own context, seeing values the task set
import asyncio
import contextvars

trace_id = contextvars.ContextVar("trace_id", default="none")


async def handle(n):
    trace_id.set(f"trace-{n}")
    asyncio.get_running_loop().call_later(0.01, lambda: print("call_later inside task sees", trace_id.get()))
    await asyncio.sleep(0.02)
    return n


def on_done(task):
    print("done callback for", task.result(), "sees", trace_id.get())


async def main():
    trace_id.set("main")
    tasks = []
    for n in (1, 2):
        t = asyncio.create_task(handle(n))
        t.add_done_callback(on_done)
        tasks.append(t)
    await asyncio.gather(*tasks)
    print("main still sees", trace_id.get())


asyncio.run(main())
