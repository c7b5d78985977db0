import asyncio

async def stream(name):
    try:
        for i in range(100):
            await asyncio.sleep(0.01)
            yield f"{name}{i}"
    finally:
        print(name, "stream closed")

async def consume(name, limit):
    got = []
    async for item in stream(name):
        got.append(item)
        if len(got) == limit:
            raise RuntimeError(f"{name} hit {limit}")
    return got

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(consume("x", 2))
            tg.create_task(consume("y", 50))
    except* RuntimeError as eg:
        print([str(e) for e in eg.exceptions])

asyncio.run(main())
