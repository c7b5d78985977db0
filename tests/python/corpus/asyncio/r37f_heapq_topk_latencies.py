# Keep only the 3 slowest endpoints while results stream in from as_completed (heapq as a min-heap)
import asyncio
import heapq
import random

random.seed(11)
ENDPOINTS = {f"/api/v{i}": round(random.uniform(0.01, 0.09), 3) for i in range(8)}

async def time_it(path):
    await asyncio.sleep(0)
    return ENDPOINTS[path], path

async def main():
    worst = []
    for fut in asyncio.as_completed([time_it(p) for p in ENDPOINTS]):
        ms, path = await fut
        if len(worst) < 3:
            heapq.heappush(worst, (ms, path))
        else:
            heapq.heappushpop(worst, (ms, path))
    print("3 slowest:", sorted(worst, reverse=True))
    print("nsmallest:", heapq.nsmallest(2, ENDPOINTS.items(), key=lambda kv: kv[1]))
    print("merged:", list(heapq.merge([1, 4, 9], [2, 3, 10], [0])))

asyncio.run(main())
