# Async generators closed (their finally awaiting) after main raised SystemExit and KeyError: Task-N as CPython counts.
import asyncio, sys
async def agen():
    try:
        yield 1
    finally:
        await asyncio.sleep(0)
        print('agen closed in', asyncio.current_task().get_name())
held = []
async def main():
    g = agen(); held.append(g)
    await anext(g)
    sys.exit(3)
try:
    asyncio.run(main())
except SystemExit as e:
    print('SystemExit', e.code)
async def main2():
    g = agen(); held.append(g)
    await anext(g)
    raise KeyError('x')
asyncio.run(main2())
