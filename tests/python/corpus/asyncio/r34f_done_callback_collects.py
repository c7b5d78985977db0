# Collect results as tasks finish with add_done_callback, in completion order.
import asyncio

finished = []

def on_done(task: asyncio.Task):
    if task.cancelled():
        finished.append((task.get_name(), "cancelled"))
    elif task.exception():
        finished.append((task.get_name(), f"error {task.exception()!r}"))
    else:
        finished.append((task.get_name(), task.result()))

async def job(delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ArithmeticError("overflow")
    return delay * 100

async def main():
    specs = {"slow": (0.3,), "fast": (0.01,), "bad": (0.1, True), "never": (5,)}
    tasks = [asyncio.create_task(job(*a), name=n) for n, a in specs.items()]
    for t in tasks:
        t.add_done_callback(on_done)
    await asyncio.sleep(0.2)
    tasks[-1].cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    for name, outcome in finished:
        print(f"{name:>5}: {outcome}")

asyncio.run(main())
