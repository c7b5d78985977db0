import asyncio


async def step(i):
    await asyncio.sleep(0.4 if i == 3 else 0.1)
    return i * i


async def main():
    loop = asyncio.get_running_loop()
    results = []
    try:
        async with asyncio.timeout(None) as cm:
            print("deadline:", cm.when())
            for i in range(10):
                new_deadline = loop.time() + 0.2
                cm.reschedule(new_deadline)
                results.append(await step(i))
    except TimeoutError:
        print("gave up after", len(results), "steps")
    print("expired:", cm.expired())
    print(results)


asyncio.run(main())
