# An asyncio pipeline: a reader task parses CSV lines into an asyncio.Queue, two workers total them.
import asyncio
import csv

LINES = ["id,qty,price", "1,3,2.50", "2,1,10.00", "3,4,0.25", "4,2,7.75", "5,10,1.00"]

async def reader(q, n_workers):
    for row in csv.DictReader(LINES):
        await q.put(row)
        await asyncio.sleep(0.01)
    for _ in range(n_workers):
        await q.put(None)

async def worker(name, q, totals):
    while (row := await q.get()) is not None:
        totals[name] = totals.get(name, 0) + int(row["qty"]) * float(row["price"])
        print(f"{name} took order {row['id']}")
        await asyncio.sleep(0.1 if name == "w1" else 0.45)

async def main():
    q = asyncio.Queue()
    totals = {}
    await asyncio.gather(reader(q, 2), worker("w1", q, totals), worker("w2", q, totals))
    print(totals, round(sum(totals.values()), 2))

asyncio.run(main())
