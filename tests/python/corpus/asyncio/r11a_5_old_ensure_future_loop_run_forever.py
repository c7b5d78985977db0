import asyncio


async def periodic(name, times):
    for i in range(times):
        print(f"{name} tick {i}")
        await asyncio.sleep(0.01)


async def stopper(loop, tasks):
    await asyncio.wait(tasks)
    print("all done, stopping loop")
    loop.stop()


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
tasks = [asyncio.ensure_future(periodic(n, 2)) for n in ("a", "b")]
asyncio.ensure_future(stopper(loop, tasks))
loop.run_forever()
print("loop stopped; running:", loop.is_running())
loop.close()
