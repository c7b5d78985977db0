import asyncio

RECORDS = [
    {"id": 1, "price": "9.50"},
    {"id": 2, "price": "n/a"},
    {"id": 3, "price": "12"},
    {"id": 4},
]


async def parse(record):
    for _ in range(record["id"]):
        await asyncio.sleep(0)
    try:
        return float(record["price"])
    except (ValueError, KeyError) as exc:
        exc.add_note(f"while parsing record id={record['id']}")
        exc.add_note("hint: check the upstream export")
        raise


async def main():
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(parse(r)) for r in RECORDS]
    print(sum(t.result() for t in tasks))


asyncio.run(main())
