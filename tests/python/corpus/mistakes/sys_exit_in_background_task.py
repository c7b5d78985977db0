import asyncio
async def child():
    await asyncio.sleep(0.01)
    raise SystemExit(3)
async def main():
    t = asyncio.create_task(child())
    await asyncio.sleep(0.1)
    print("main still running?", t.done())
asyncio.run(main())
print("after")
