# snapshotting my scheduler state with deepcopy, tasks included
import asyncio, copy

async def job(n):
    await asyncio.sleep(0.01)
    return n

async def main():
    state = {"round": 1, "tasks": [asyncio.create_task(job(i)) for i in range(2)]}
    snapshot = copy.deepcopy(state)
    print(snapshot["round"])

asyncio.run(main())
