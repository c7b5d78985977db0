# as_completed and asyncio.wait given timeouts computed as Fractions of a budget
import asyncio
from fractions import Fraction

async def job(n):
    await asyncio.sleep(n / 100)
    return n

async def main():
    budget = Fraction(3, 10)
    done, pending = await asyncio.wait([asyncio.create_task(job(n)) for n in (1, 50)], timeout=budget / 3)
    print(sorted(t.result() for t in done), len(pending))
    for t in pending:
        t.cancel()
    got = []
    try:
        for f in asyncio.as_completed([job(2), job(60)], timeout=budget / 2):
            got.append(await f)
    except asyncio.TimeoutError:
        print("as_completed timed out with", got)

asyncio.run(main())
