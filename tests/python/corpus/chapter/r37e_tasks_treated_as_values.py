# treating tasks like ordinary values: sorting, json, len, copying - which work?
import asyncio
import copy
import json

async def worker(n):
    await asyncio.sleep(0.01 * n)
    return n

async def main():
    tasks = [asyncio.create_task(worker(n)) for n in (2, 1)]
    await asyncio.wait(tasks)
    attempts = {
        'sorted': lambda: sorted(tasks),
        'json': lambda: json.dumps(tasks[0]),
        'len': lambda: len(tasks[0]),
        'deepcopy': lambda: copy.deepcopy(tasks[0]),
        'copy coro': lambda: copy.copy(worker(0)),
        'list(done task)': lambda: list(tasks[0]),
        'bool': lambda: bool(tasks[0]),
        'eq': lambda: tasks[0] == tasks[1],
        'max results': lambda: max(t.result() for t in tasks),
    }
    for name, fn in attempts.items():
        try:
            print(f'{name}: {fn()!r}')
        except Exception as e:
            print(f'{name}: {type(e).__name__}: {e}')

asyncio.run(main())
