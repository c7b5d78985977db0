import asyncio

async def sleeper(n, out):
    await asyncio.sleep(n / 10)
    out.append(n)

async def main():
    data = [5, 3, 9, 1, 7, 2]
    out = []
    async with asyncio.TaskGroup() as tg:
        for n in data:
            tg.create_task(sleeper(n, out))
    print("sleep sort:", out)
    print(out == sorted(data))

asyncio.run(main())
