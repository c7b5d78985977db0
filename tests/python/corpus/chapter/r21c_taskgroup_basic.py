# TaskGroup instead of gather; results read from tasks afterwards.
import asyncio

async def worker(label, d):
    print(f'{label} start')
    await asyncio.sleep(d)
    print(f'{label} end')
    return label * 2

async def main():
    async with asyncio.TaskGroup() as tg:
        tasks = {lbl: tg.create_task(worker(lbl, d)) for lbl, d in [('A', 0.3), ('B', 0.1), ('C', 0.2)]}
    print({k: t.result() for k, t in tasks.items()})

asyncio.run(main())
