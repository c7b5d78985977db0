# Mistake: sys.tracebacklimit = 1 to shorten tracebacks: only the innermost frame of the failing task is left.
import asyncio
import sys

sys.tracebacklimit = 1

async def parse(text):
    await asyncio.sleep(0.01)
    return float(text)

async def main():
    values = await asyncio.gather(parse("1.5"), parse("2,5"))
    print(sum(values))

asyncio.run(main())
