# Names tutorials for newer Pythons use, checked on 3.11: which exist and which do not
import asyncio

async def main():
    t = asyncio.current_task()
    for owner, name in [(asyncio, "Timeout"), (asyncio, "timeout"), (asyncio, "TaskGroup"), (asyncio, "Runner"),
                        (asyncio, "eager_task_factory"), (asyncio, "QueueShutDown"), (t, "get_context"),
                        (t, "cancelling"), (t, "uncancel"), (asyncio, "to_thread"), (asyncio, "Barrier"),
                        (asyncio, "create_eager_task_factory"), (asyncio.Queue(), "shutdown")]:
        print(f"{type(owner).__name__}.{name}:", hasattr(owner, name))
    async with asyncio.timeout(1) as cm:
        print(type(cm).__name__, type(cm).__module__, isinstance(cm, asyncio.Timeout))

asyncio.run(main())
