# Mistake: a long one-line pipeline of calls fails in the middle; the markers point far to the right.
import asyncio

async def fetch(i):
    await asyncio.sleep(0.01)
    return {"id": i, "tags": ["a", "b"] if i % 2 else None}

async def main():
    rows = await asyncio.gather(*(fetch(i) for i in range(4)))
    print(", ".join(sorted({tag.upper() for row in rows if row["id"] >= 0 for tag in row["tags"]}, key=len)) + " — " + str(len(rows)) + " rows read from the server")

asyncio.run(main())
