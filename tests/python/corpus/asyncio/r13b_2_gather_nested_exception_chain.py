import asyncio

class ValidationError(Exception):
    pass

async def validate(record):
    await asyncio.sleep(0)
    try:
        return int(record["age"])
    except (KeyError, ValueError) as e:
        raise ValidationError(f"bad record {record}") from e

async def main():
    records = [{"age": "3"}, {"name": "x"}]
    ages = await asyncio.gather(*(validate(r) for r in records))
    print(ages)

asyncio.run(main())
