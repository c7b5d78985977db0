# wrote docstrings and asked help() about my async worker
import asyncio

async def worker(label: str, delay: float = 0.01) -> str:
    """Pretend to do some work.

    Sleeps for *delay* seconds and returns the label twice.
    """
    await asyncio.sleep(delay)
    return label * 2

help(worker)
print(worker.__doc__.splitlines()[0])
print(asyncio.run(worker('ab')))
