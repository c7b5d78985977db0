import asyncio, io, os

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
    print(buf.getvalue().replace(os.path.dirname(os.path.abspath(__file__)), 'DIR'))
    ok = asyncio.create_task(parse('5'), name='ok')
    await ok
    buf = io.StringIO()
    ok.print_stack(file=buf)
    print(buf.getvalue().replace(os.path.dirname(os.path.abspath(__file__)), 'DIR'))
    print(ok.get_stack())

asyncio.run(main())
