# Runner misuse: non-coroutine, nested asyncio.run, run inside a running loop
import asyncio

async def inner():
    return 1

async def main():
    c = inner()
    try:
        asyncio.run(c)
    except RuntimeError as e:
        print("RuntimeError:", e)
    c.close()
    with asyncio.Runner() as r:
        try:
            r.run(inner())
        except RuntimeError as e:
            print("RuntimeError:", e)

asyncio.run(main())

with asyncio.Runner() as r:
    try:
        r.run(42)
    except ValueError as e:
        print("ValueError:", e)
    print(r.run(inner()))
