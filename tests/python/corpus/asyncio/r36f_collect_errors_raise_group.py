# Gather with return_exceptions, then raise the failures together as an ExceptionGroup (uncaught).
import asyncio

async def validate(record):
    await asyncio.sleep(0.01)
    if "@" not in record.get("email", ""):
        raise ValueError(f"bad email for {record['name']}")
    if record.get("age", 0) < 0:
        raise ValueError(f"negative age for {record['name']}")
    return record["name"]

async def main():
    records = [{"name": "ann", "email": "a@x"}, {"name": "bob", "email": "bob"},
               {"name": "cy", "email": "c@x", "age": -1}]
    results = await asyncio.gather(*(validate(r) for r in records), return_exceptions=True)
    ok = [r for r in results if not isinstance(r, Exception)]
    errors = [r for r in results if isinstance(r, Exception)]
    print("valid:", ok)
    if errors:
        raise ExceptionGroup(f"{len(errors)} invalid records", errors)

asyncio.run(main())
