import asyncio


async def long_computation():
    await asyncio.sleep(0.25)
    return "answer"


async def main():
    task = asyncio.create_task(long_computation())
    checks = 0
    while True:
        try:
            result = await asyncio.wait_for(asyncio.shield(task), timeout=0.2)
            break
        except TimeoutError:
            checks += 1
            print(f"still working... (check {checks})")
    print(result, "after", checks, "checks")


asyncio.run(main())
