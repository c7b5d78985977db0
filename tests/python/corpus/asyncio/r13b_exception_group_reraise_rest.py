import asyncio

async def op(i):
    await asyncio.sleep(0.005 * i)
    if i % 2:
        raise OSError(f"io {i}")
    raise LookupError(f"lookup {i}")

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for i in range(4):
                tg.create_task(op(i))
    except* OSError as eg:
        print("OS errors handled:", [str(e) for e in eg.exceptions])

try:
    asyncio.run(main())
except* LookupError as eg:
    print("outside:", type(eg).__name__, eg.message, [str(e) for e in eg.exceptions])
