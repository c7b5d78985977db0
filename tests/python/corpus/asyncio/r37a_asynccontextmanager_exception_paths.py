# An @asynccontextmanager transaction: commit on success, rollback on error, and suppression of one kind
import asyncio
from contextlib import asynccontextmanager


@asynccontextmanager
async def transaction(name):
    print(f"{name}: begin")
    await asyncio.sleep(0)
    try:
        yield name.upper()
    except KeyError as e:
        print(f"{name}: rollback after {e!r}, suppressing")
    except Exception as e:
        print(f"{name}: rollback after {e!r}, re-raising")
        raise
    else:
        print(f"{name}: commit")


async def main():
    async with transaction("t1") as tx:
        print("inside", tx)
    async with transaction("t2"):
        raise KeyError("row")
    print("t2 error suppressed")
    async with transaction("t3"):
        raise ValueError("bad value")


asyncio.run(main())
