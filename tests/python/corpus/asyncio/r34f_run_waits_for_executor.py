# asyncio.run waits for the default executor at exit: a forgotten to_thread job still finishes.
import asyncio
import time

def background_save():
    time.sleep(0.1)
    print("background save finished")

async def main():
    loop = asyncio.get_running_loop()
    loop.run_in_executor(None, background_save)
    await asyncio.sleep(0)
    print("main returns without awaiting the executor job")
    return "main result"

start = time.perf_counter()
print(asyncio.run(main()))
print("asyncio.run waited for it:", time.perf_counter() - start >= 0.1)
