# run_in_executor does not take keyword arguments: the usual functools.partial answer.
import asyncio
import functools
import time
from concurrent.futures import ThreadPoolExecutor

def resize(image, *, width, height=100):
    time.sleep(0.02)
    return f"{image}:{width}x{height}"

async def main():
    loop = asyncio.get_running_loop()
    with ThreadPoolExecutor(max_workers=2) as pool:
        r = await loop.run_in_executor(pool, functools.partial(resize, "cat.png", width=64))
        print(r)
        jobs = [loop.run_in_executor(pool, functools.partial(resize, f"img{i}", width=i * 10, height=i))
                for i in range(1, 4)]
        print(await asyncio.gather(*jobs))
    try:
        await loop.run_in_executor(None, resize, "dog.png", width=32)
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
