# rewrote gather as a TaskGroup and made worker B blow up; who gets cancelled?
import asyncio

async def worker(label, delay, fail=False):
    print(f'{label} start')
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(f'{label} cancelled')
        raise
    if fail:
        raise ValueError(f'{label} went wrong')
    print(f'{label} done')
    return label

async def do_something():
    try:
        async with asyncio.TaskGroup() as tg:
            ta = tg.create_task(worker('A', 0.05))
            tb = tg.create_task(worker('B', 0.15, fail=True))
            tc = tg.create_task(worker('C', 0.4))
    except* ValueError as eg:
        print('caught group:', eg.message, [str(e) for e in eg.exceptions])
    print('A result:', ta.result(), '| C cancelled:', tc.cancelled())

asyncio.run(do_something())
