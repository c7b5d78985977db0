# A seeded queueing simulation: Poisson arrivals (expovariate) served by two async clerks, times scaled down
import asyncio
import random

random.seed(5)
SCALE = 0.002
gaps = [random.expovariate(1.0) for _ in range(8)]
service = [random.uniform(1, 3) for _ in range(8)]
print("gaps:", [round(g, 3) for g in gaps])
print("service:", [round(s, 3) for s in service])

async def arrivals(q):
    for i, g in enumerate(gaps):
        await asyncio.sleep(g * SCALE)
        await q.put(i)
    for _ in range(2):
        await q.put(None)

async def clerk(name, q, served):
    while (cust := await q.get()) is not None:
        await asyncio.sleep(service[cust] * SCALE)
        served[name] = served.get(name, 0) + 1

async def main():
    q = asyncio.Queue()
    served = {}
    await asyncio.gather(arrivals(q), clerk("A", q, served), clerk("B", q, served))
    print("customers served:", sum(served.values()))
    print("mean gap:", round(sum(gaps) / len(gaps), 4))

asyncio.run(main())
