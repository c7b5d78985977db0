# Mistake from older tutorials: passing coroutines straight to asyncio.wait (forbidden in 3.11).
import asyncio

async def job(n):
    await asyncio.sleep(0.01 * n)
    return n

async def main():
    try:
        done, pending = await asyncio.wait([job(1), job(2)])
    except TypeError as e:
        print("TypeError:", e)
    tasks = [asyncio.create_task(job(n)) for n in (1, 2)]
    done, pending = await asyncio.wait(tasks)
    print(sorted(t.result() for t in done), pending)

asyncio.run(main())
