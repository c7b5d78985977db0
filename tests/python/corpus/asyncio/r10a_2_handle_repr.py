import asyncio, re

def work(x):
    pass

async def main():
    loop = asyncio.get_running_loop()
    h = loop.call_soon(work, 1)
    print(re.sub(r' at /\S+', '', repr(h)))
    h.cancel()
    print(re.sub(r' at /\S+', '', repr(h)))
    th = loop.call_later(10, work, 'a')
    print(re.sub(r'when=[\d.]+|at /\S+', 'X', repr(th)))
    th.cancel()
    print(re.sub(r'when=[\d.]+|at /\S+', 'X', repr(th)))

asyncio.run(main())
