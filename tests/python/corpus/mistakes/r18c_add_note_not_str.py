import asyncio


async def fetch(i):
    await asyncio.sleep(0.01)
    if i == 2:
        raise LookupError(f"item {i} missing")
    return i


async def main():
    for i in range(4):
        try:
            print("got", await fetch(i))
        except LookupError as exc:
            exc.add_note(i)
            raise


asyncio.run(main())
