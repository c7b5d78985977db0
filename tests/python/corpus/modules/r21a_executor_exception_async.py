# Exceptions in run_in_executor jobs propagate; gather(return_exceptions=True)
import asyncio
def parse(s):
    return int(s)
async def main():
    loop = asyncio.get_running_loop()
    try:
        await loop.run_in_executor(None, parse, "x1")
    except ValueError as e:
        print("caught:", e)
    res = await asyncio.gather(*(asyncio.to_thread(parse, s) for s in ["1", "two", "3"]), return_exceptions=True)
    print([r if isinstance(r, int) else type(r).__name__ for r in res])
asyncio.run(main())
