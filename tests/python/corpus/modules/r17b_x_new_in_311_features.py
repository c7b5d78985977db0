# Features new in 3.11 a learner reads about: StrEnum, math.cbrt/exp2, asyncio.Runner, timeout, add_note
import asyncio
import math
from enum import StrEnum, auto

class Level(StrEnum):
    LOW = auto()
    HIGH = auto()

print(Level.LOW, repr(Level.HIGH), Level.LOW == 'low', Level('high').upper())
print(math.cbrt(27), math.exp2(10), round(math.cbrt(-8), 12))

async def job(n):
    await asyncio.sleep(0.05)
    return n * 2

with asyncio.Runner() as runner:
    print(runner.run(job(1)), runner.run(job(2)))

async def main():
    try:
        async with asyncio.timeout(0.1):
            await asyncio.sleep(1)
    except TimeoutError as e:
        e.add_note('the sleep was too long')
        print('timeout:', type(e).__name__, e.__notes__)

asyncio.run(main())
