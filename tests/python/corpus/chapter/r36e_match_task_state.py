# used match/case to describe each task's state after a mixed run
import asyncio

async def worker(label, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise LookupError(label)
    return label * 2

def describe(task):
    match task:
        case t if t.cancelled():
            return 'cancelled'
        case t if not t.done():
            return 'still running'
        case t if t.exception() is not None:
            return f'failed with {t.exception()!r}'
        case _:
            return f'result {task.result()!r}'

async def main():
    specs = [('A', 0.05, False), ('B', 0.05, True), ('C', 0.5, False), ('D', 0.3, False)]
    tasks = {l: asyncio.create_task(worker(l, d, f)) for l, d, f in specs}
    await asyncio.sleep(0.15)
    tasks['D'].cancel()
    await asyncio.sleep(0)
    for label, t in tasks.items():
        print(label, describe(t))
    tasks['C'].cancel()

asyncio.run(main())
