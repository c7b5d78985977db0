# Working with ExceptionGroup directly: subgroup, split, notes and nesting
import asyncio

async def main():
    results = await asyncio.gather(
        asyncio.sleep(0.01, result=1),
        asyncio.wait_for(asyncio.sleep(1), 0.01),
        return_exceptions=True,
    )
    errors = [r for r in results if isinstance(r, Exception)]
    errors += [ValueError("v1"), KeyError("k1")]
    eg = ExceptionGroup("batch failed", [*errors, ExceptionGroup("inner", [ValueError("v2")])])
    print(repr(eg))
    vals, rest = eg.split(ValueError)
    print("values:", repr(vals))
    print("rest:", repr(rest))
    print("subgroup:", eg.subgroup(lambda e: isinstance(e, LookupError)))
    eg.add_note("while processing batch 7")
    raise eg

asyncio.run(main())
