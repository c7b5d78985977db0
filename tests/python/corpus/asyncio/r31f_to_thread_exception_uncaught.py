# An exception raised in a to_thread worker, not caught: the traceback shown
import asyncio

def parse_blocking(text):
    return {k: int(v) for k, v in (p.split("=") for p in text.split(","))}

async def main():
    print(await asyncio.to_thread(parse_blocking, "a=1,b=2"))
    print(await asyncio.to_thread(parse_blocking, "a=1,b"))

asyncio.run(main())
