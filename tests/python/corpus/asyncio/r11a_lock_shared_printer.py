import asyncio

printer = asyncio.Lock()


async def print_job(owner, pages):
    print(f"{owner} waiting (locked={printer.locked()})")
    async with printer:
        for p in range(1, pages + 1):
            print(f"  {owner}: page {p}/{pages}")
            await asyncio.sleep(0.005)
    print(f"{owner} done")


async def main():
    await asyncio.gather(print_job("alice", 2), print_job("bob", 1), print_job("carol", 3))
    print("printer free:", not printer.locked())


asyncio.run(main())
