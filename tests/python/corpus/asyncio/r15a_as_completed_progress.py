# as_completed with a progress counter, results in completion order
import asyncio

async def job(name, delay):
    await asyncio.sleep(delay)
    return name, delay

async def main():
    jobs = [job("slow", 0.3), job("fast", 0.1), job("medium", 0.2)]
    for i, fut in enumerate(asyncio.as_completed(jobs), 1):
        name, delay = await fut
        print(f"[{i}/{len(jobs)}] {name} ({delay}s)")

asyncio.run(main())
