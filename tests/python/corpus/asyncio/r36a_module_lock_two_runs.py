# A Lock made at module level used by two asyncio.run calls; contention in the second run fails
import asyncio
import re

lock = asyncio.Lock()


async def critical(name, hold):
    async with lock:
        await asyncio.sleep(hold)
        return name


async def run_pair():
    return await asyncio.gather(critical("a", 0.02), critical("b", 0.01))


print(asyncio.run(run_pair()))
print("second run")
try:
    print(asyncio.run(run_pair()))
except RuntimeError as e:
    print("RuntimeError:", re.sub(" at 0x[0-9a-f]+", "", str(e)))
