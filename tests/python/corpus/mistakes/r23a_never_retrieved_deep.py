import asyncio

async def parse_row(row):
    await asyncio.sleep(0)
    return int(row["age"])

async def load(rows):
    out = []
    for row in rows:
        out.append(await parse_row(row))
    return out

async def sync_users():
    return await load([{"age": "31"}, {"age": "n/a"}])

async def main():
    task = asyncio.create_task(sync_users())
    await asyncio.sleep(0.05)
    print("task done?", task.done())

asyncio.run(main())
