import asyncio


async def poll_forever():
    while True:
        await asyncio.sleep(0.01)


async def short_main():
    await asyncio.sleep(0.03)
    print("short main done")


loop = asyncio.new_event_loop()
task = loop.create_task(poll_forever())
loop.run_until_complete(short_main())
loop.close()
print("loop closed:", loop.is_closed(), "task done:", task.done())
