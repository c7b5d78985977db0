# A task fails with a chained exception and nobody looks: the logged message shows the chain
import asyncio


async def parse(raw):
    try:
        return int(raw)
    except ValueError as e:
        raise RuntimeError(f"bad record {raw!r}") from e


async def main():
    asyncio.create_task(parse("x1"), name="parser")
    await asyncio.sleep(0.01)
    print("main done")


asyncio.run(main())
print("after run")
