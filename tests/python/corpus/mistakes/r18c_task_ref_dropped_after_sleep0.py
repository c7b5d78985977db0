import asyncio


async def parse(line):
    key, value = line.split("=")
    return key.strip(), int(value)


async def main():
    lines = ["a = 1", "b = two", "c = 3"]
    tasks = [asyncio.create_task(parse(l)) for l in lines]
    await asyncio.sleep(0)
    good = [t.result() for t in tasks if t.done() and not t.cancelled()
            and t is not tasks[1]]
    print("parsed:", good)
    tasks = None
    print("tasks dropped")
    await asyncio.sleep(0.01)
    print("end")


asyncio.run(main())
