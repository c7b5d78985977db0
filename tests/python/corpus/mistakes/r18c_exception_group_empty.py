import asyncio


async def validate(item):
    await asyncio.sleep(0)
    if not isinstance(item, int):
        return TypeError(f"not an int: {item!r}")
    return None


async def main():
    items = [1, 2, 3]
    results = await asyncio.gather(*(validate(x) for x in items))
    errors = [r for r in results if r is not None]
    print("errors:", errors)
    # bug: always raises, even when nothing failed
    raise ExceptionGroup("validation failed", errors)


asyncio.run(main())
