# A PriorityQueue of (priority, job-dict) pairs where two priorities tie
import asyncio

async def main():
    q = asyncio.PriorityQueue()
    await q.put((2, {"job": "email"}))
    await q.put((1, {"job": "backup"}))
    print(await q.get())
    await q.put((2, {"job": "report"}))
    print(await q.get())

asyncio.run(main())
