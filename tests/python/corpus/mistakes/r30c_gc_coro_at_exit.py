# A never-run coroutine held in a global until the program ends.
import asyncio

async def backup():
    await asyncio.sleep(0.01)

pending = {"nightly": backup()}
print("scheduled", list(pending))
print("exiting")
