# PriorityQueue entries are (priority, job dict); two jobs with the same priority can't be compared.
import asyncio
import math


async def main():
    pq = asyncio.PriorityQueue()
    await pq.put((2, {"n": 5}))
    await pq.put((1, {"n": 3}))
    await pq.put((3, {"n": 7}))
    while not pq.empty():
        prio, job = await pq.get()
        print(prio, job["n"], math.factorial(job["n"]))
    await pq.put((1, {"n": 4}))
    await pq.put((1, {"n": 6}))
    print("never here")


asyncio.run(main())
