# Results as they finish with asyncio.as_completed, and a percent-done line for each.
import asyncio

async def job(name, secs):
    await asyncio.sleep(secs)
    return name, secs

async def main():
    jobs = [job("slow", 0.5), job("fast", 0.1), job("medium", 0.3)]
    done = 0
    for fut in asyncio.as_completed(jobs):
        name, secs = await fut
        done += 1
        print(f"{name:<7} after {secs}s  {done * 100 // len(jobs):>3}% done")
    print("all done")

asyncio.run(main())
