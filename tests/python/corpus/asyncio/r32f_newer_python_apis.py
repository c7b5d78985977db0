# Copying code written for Python 3.12/3.13 into 3.11: itertools.batched, Queue.shutdown, get_context
import asyncio
import itertools

async def main():
    q = asyncio.Queue()
    t = asyncio.create_task(asyncio.sleep(0.01))
    for label, attempt in [
        ("batched", lambda: list(itertools.batched(range(5), 2))),
        ("Queue.shutdown", lambda: q.shutdown()),
        ("Task.get_context", lambda: t.get_context()),
        ("TaskGroup repr", lambda: "ok"),
    ]:
        try:
            print(label, "->", attempt())
        except AttributeError as e:
            print(label, "-> AttributeError:", e)
    await t
    await asyncio.get_running_loop().shutdown_default_executor(timeout=1)

asyncio.run(main())
