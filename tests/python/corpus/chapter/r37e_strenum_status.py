# StrEnum (3.11) for statuses so they print as plain strings
import asyncio
from enum import StrEnum, auto

class Status(StrEnum):
    OK = auto()
    FAILED = auto()
    TIMEOUT = auto()

async def worker(n):
    if n == 2:
        raise RuntimeError
    await asyncio.sleep(0.15 * n)
    return n

async def run(n):
    try:
        await asyncio.wait_for(worker(n), 0.25)
        return Status.OK
    except asyncio.TimeoutError:
        return Status.TIMEOUT
    except RuntimeError:
        return Status.FAILED

async def main():
    statuses = await asyncio.gather(*(run(n) for n in range(1, 5)))
    print(statuses)
    print([str(s) for s in statuses], Status.OK == 'ok', f'{Status.TIMEOUT}', repr(Status.FAILED))

asyncio.run(main())
