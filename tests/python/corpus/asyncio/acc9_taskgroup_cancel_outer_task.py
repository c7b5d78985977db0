# The task running a TaskGroup is cancelled with a message: children are cancelled, CancelledError comes out.
# (The children's order is CPython's set order of tasks, by address: printed sorted.)
import asyncio

seen = []

async def child(n):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        seen.append(f'child {n} cancelled {e.args}')
        raise

async def runner():
    try:
        async with asyncio.TaskGroup() as tg:
            for n in range(2):
                tg.create_task(child(n))
    except asyncio.CancelledError as e:
        print('runner cancelled', e.args, 'cancelling', asyncio.current_task().cancelling())
        raise

async def main():
    t = asyncio.create_task(runner())
    await asyncio.sleep(0.01)
    t.cancel('halt')
    r = await asyncio.gather(t, return_exceptions=True)
    print(*sorted(seen), sep='\n')
    print(repr(r[0]), t.cancelled())

asyncio.run(main())
