# A task that raises while handling another error: both show in the final traceback
import asyncio

async def load(name):
    await asyncio.sleep(0)
    try:
        return int(name)
    except ValueError:
        raise LookupError(f"no record for {name!r}")

async def main():
    results = await asyncio.gather(load("12"), load("x"), return_exceptions=True)
    err = results[1]
    print(results[0], repr(err), repr(err.__context__), err.__suppress_context__)
    await load("y")

asyncio.run(main())
