# a failed factorial's exception gets a note (3.11's add_note) and is re-raised
import asyncio

async def factorial(n):
    if n < 0:
        raise ValueError(f"no factorial for {n}")
    await asyncio.sleep(0.01)
    return 1 if n < 2 else n * await factorial(n - 1)

async def main():
    for n in (4, -2):
        try:
            print(await factorial(n))
        except ValueError as e:
            e.add_note(f"while computing factorial({n})")
            e.add_note("inputs must be >= 0")
            raise

asyncio.run(main())
