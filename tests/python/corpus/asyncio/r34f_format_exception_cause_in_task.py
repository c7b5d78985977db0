# A task wraps a low-level error with "raise ... from"; format the chain it reports.
import asyncio
import sys
import traceback

class ServiceError(Exception):
    pass

async def low_level():
    await asyncio.sleep(0)
    raise ConnectionResetError("socket closed")

async def service():
    try:
        await low_level()
    except OSError as e:
        raise ServiceError("payment service unavailable") from e

async def main():
    task = asyncio.create_task(service())
    await asyncio.wait([task])
    exc = task.exception()
    print(repr(exc), repr(exc.__cause__))
    lines = traceback.format_exception(exc)
    print("".join(lines), end="", file=sys.stderr)
    print(len(lines), "lines")

asyncio.run(main())
