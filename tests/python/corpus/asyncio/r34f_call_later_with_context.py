# Callbacks scheduled with call_soon/call_later run in a copied Context unless one is given.
import asyncio
import contextvars

trace_id = contextvars.ContextVar("trace_id", default="none")

def report(label):
    print(f"{label}: trace_id={trace_id.get()}")

async def main():
    loop = asyncio.get_running_loop()
    trace_id.set("abc")
    loop.call_soon(report, "call_soon")
    other = contextvars.Context()
    other.run(trace_id.set, "xyz")
    loop.call_later(0.01, report, "call_later with context", context=other)
    ctx = contextvars.copy_context()
    trace_id.set("changed-later")
    loop.call_later(0.02, report, "copied before change", context=ctx)
    loop.call_later(0.03, report, "default copy")
    await asyncio.sleep(0.05)
    print(list(other.items())[0][1], ctx[trace_id])

asyncio.run(main())
