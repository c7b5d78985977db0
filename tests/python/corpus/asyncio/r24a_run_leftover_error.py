import asyncio

async def bad_cleanup():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        raise RuntimeError("cleanup failed")

async def main():
    asyncio.create_task(bad_cleanup(), name="cleaner")
    await asyncio.sleep(0.01)
    print("main done")

asyncio.run(main())
print("after run")
