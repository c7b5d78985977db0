import asyncio, io

async def parse(s):
    await asyncio.sleep(0)
    return int(s)

async def main():
    t = asyncio.create_task(parse('x'), name='parser')
    try:
        await t
    except ValueError:
        pass
    buf = io.StringIO()
    t.print_stack(file=buf)
    print(buf.getvalue().replace(__file__.rpartition("/")[0], 'DIR'))
    ok = asyncio.create_task(parse('5'), name='ok')
    await ok
    buf = io.StringIO()
    ok.print_stack(file=buf)
    print(buf.getvalue().replace(__file__.rpartition("/")[0], 'DIR'))
    print(ok.get_stack())

asyncio.run(main())
