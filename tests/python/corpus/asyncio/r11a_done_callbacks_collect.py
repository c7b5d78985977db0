import asyncio
import functools

collected = {}


def on_done(label, task):
    if task.cancelled():
        collected[label] = "cancelled"
    elif task.exception() is not None:
        collected[label] = f"error: {task.exception()}"
    else:
        collected[label] = task.result()


async def job(x):
    await asyncio.sleep(0.01 * x)
    if x == 2:
        raise ArithmeticError("two is unlucky")
    return x * 100


async def main():
    tasks = []
    for x in range(1, 5):
        t = asyncio.create_task(job(x))
        t.add_done_callback(functools.partial(on_done, f"job{x}"))
        tasks.append(t)
    tasks[3].cancel()
    await asyncio.wait(tasks)
    await asyncio.sleep(0)
    for k in sorted(collected):
        print(k, "->", collected[k])


asyncio.run(main())
