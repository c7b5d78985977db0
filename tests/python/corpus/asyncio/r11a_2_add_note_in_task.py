import asyncio


async def parse(record):
    try:
        return int(record["qty"])
    except (KeyError, ValueError) as e:
        e.add_note(f"while parsing record {record!r}")
        raise


async def main():
    records = [{"qty": "3"}, {"qty": "x"}, {}]
    results = await asyncio.gather(*(parse(r) for r in records), return_exceptions=True)
    for r in results:
        if isinstance(r, Exception):
            print(type(r).__name__, r, r.__notes__)
        else:
            print("ok", r)
    await parse({"qty": "seven"})


asyncio.run(main())
