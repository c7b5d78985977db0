# TaskGroup failure where the worker's error has a cause, uncaught
import asyncio

async def worker(path):
    await asyncio.sleep(0.01)
    try:
        return {'a.txt': 1}[path]
    except KeyError as e:
        raise FileNotFoundError(f'no such file: {path}') from e

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(worker('a.txt'))
        tg.create_task(worker('b.txt'))

asyncio.run(main())
