# test_runners: asyncio.run refuses a non-coroutine and refuses to run inside a running loop
import asyncio, re

async def inner():
    return 1

async def main():
    c = inner()
    try:
        asyncio.run(c)
    except RuntimeError as e:
        print('RuntimeError:', e)
    c.close()

for arg in (inner, 42, asyncio.sleep):
    try:
        asyncio.run(arg)
    except ValueError as e:
        print('ValueError:', re.sub(r' at 0x[0-9a-f]+', '', str(e)))
asyncio.run(main())
