# Sorting a batch's failures with ExceptionGroup.split and subgroup, then retrying only the transient ones
import asyncio

class Transient(Exception):
    pass

async def job(n):
    await asyncio.sleep(0)
    if n in (2, 5):
        raise Transient(f"job {n} timeout")
    if n == 4:
        raise ValueError(f"job {n} bad input")
    return n

async def run_batch(ns):
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(job(n)) for n in ns]
    return [t.result() for t in tasks]

async def main():
    try:
        await run_batch(range(1, 7))
    except ExceptionGroup as eg:
        transient, rest = eg.split(Transient)
        print("transient:", [str(e) for e in transient.exceptions])
        print("rest:", rest)
        only4 = eg.subgroup(lambda e: "4" in str(e))
        print("subgroup by message:", repr(only4))
        print("nothing:", eg.subgroup(KeyError))
        print(type(eg).__name__, eg.message, len(eg.exceptions))

asyncio.run(main())
