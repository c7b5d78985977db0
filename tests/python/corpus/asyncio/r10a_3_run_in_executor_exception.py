import asyncio

def parse(s):
    return int(s)

async def main():
    loop = asyncio.get_running_loop()
    results = await asyncio.gather(*(loop.run_in_executor(None, parse, s) for s in ['1', 'x', '3']), return_exceptions=True)
    print([r if isinstance(r, int) else repr(r) for r in results])
    await loop.run_in_executor(None, parse, 'bad')

asyncio.run(main())
