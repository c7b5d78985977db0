# running several blocking parsers in the default executor; one raises
import asyncio

def parse(text):
    return [int(x) for x in text.split(",")]

async def main():
    loop = asyncio.get_running_loop()
    jobs = [loop.run_in_executor(None, parse, t) for t in ("1,2", "3,x", "4")]
    results = await asyncio.gather(*jobs, return_exceptions=True)
    for r in results:
        print(repr(r))
    await loop.run_in_executor(None, lambda: parse("5,,6"))

asyncio.run(main())
