import asyncio
import functools
import random
import sys

async def work():
    return 1

async def main():
    t = asyncio.current_task()
    f = asyncio.get_running_loop().create_future()
    calls = [
        lambda: asyncio.sleep(), lambda: asyncio.sleep(1, 2, 3), lambda: asyncio.sleep(1, delay=1),
        lambda: asyncio.sleep(delay=1, x=2), lambda: asyncio.run(), lambda: asyncio.run(work, 2),
        lambda: asyncio.create_task(), lambda: asyncio.create_task(work(), "name"),
        lambda: asyncio.as_completed(), lambda: asyncio.as_completed([], 2), lambda: asyncio.Task(),
        lambda: asyncio.shield(), lambda: asyncio.ensure_future(), lambda: asyncio.ensure_future(1, 2),
        lambda: asyncio.wait_for(), lambda: asyncio.wait(), lambda: asyncio.timeout(),
        lambda: random.sample(), lambda: random.sample([1]), lambda: random.choices(),
        lambda: random.choices([1], [1], [1], 1), lambda: random.randint(1), lambda: random.choice(),
        lambda: random.shuffle(), lambda: random.uniform(1), lambda: random.randrange(),
        lambda: random.seed(1, 2, 3, 4), lambda: functools.lru_cache(1, 2, 3),
        lambda: t.set_name(), lambda: t.add_done_callback(), lambda: t.remove_done_callback(),
        lambda: f.remove_done_callback(), lambda: f.set_result(), lambda: f.set_exception(),
        lambda: sys.setrecursionlimit(),
    ]
    for i, call in enumerate(calls):
        try:
            call()
            print(i, "no error")
        except TypeError as e:
            print(i, e)

asyncio.run(main())
