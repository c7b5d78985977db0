# A task wraps a low-level error with raise ... from; the chained traceback is shown uncaught.
import asyncio

class ServiceError(Exception):
    pass

async def low_level():
    await asyncio.sleep(0.01)
    return {"a": 1}["b"]

async def service():
    try:
        return await low_level()
    except KeyError as e:
        raise ServiceError("lookup failed") from e

async def main():
    task = asyncio.create_task(service())
    await task

asyncio.run(main())
