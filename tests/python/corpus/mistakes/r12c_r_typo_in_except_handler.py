# A NameError in an except handler, printed after the original error.
import asyncio

async def fetch(n):
    await asyncio.sleep(0.01)
    if n == 2:
        raise TimeoutError(f"request {n} timed out")
    return n

async def main():
    for n in range(3):
        try:
            print("got", await fetch(n))
        except TimeoutError as err:
            print("failed:", eror)

asyncio.run(main())
