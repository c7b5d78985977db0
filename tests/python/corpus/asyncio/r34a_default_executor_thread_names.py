# Which thread runs to_thread and run_in_executor jobs, and the default executor's thread names
import asyncio
import threading


def whoami(tag):
    name = threading.current_thread().name
    return tag, name.split("_")[0], threading.current_thread() is threading.main_thread()


async def main():
    print(threading.current_thread().name)
    print(await asyncio.to_thread(whoami, "to_thread"))
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, whoami, "executor"))
    print(whoami("direct"))


asyncio.run(main())
