import asyncio
import warnings

warnings.simplefilter("always")


async def job():
    return "ok"


loop = asyncio.get_event_loop()
print(type(loop).__name__, loop.is_running())
print(loop.run_until_complete(job()))
print(asyncio.get_event_loop() is loop)
loop.close()
