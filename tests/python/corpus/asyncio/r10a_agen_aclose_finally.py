import asyncio

async def reader(lines):
    print('open')
    try:
        for line in lines:
            await asyncio.sleep(0)
            yield line
    finally:
        print('close')

async def main():
    g = reader(['a', 'b', 'c', 'd'])
    async for line in g:
        print(line)
        if line == 'b':
            break
    print('after break')
    await g.aclose()
    print('after aclose')
    await g.aclose()
    print(g.ag_frame)

asyncio.run(main())
