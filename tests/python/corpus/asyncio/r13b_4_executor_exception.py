import asyncio

def parse_int(text):
    return int(text)

async def main():
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, parse_int, "12"))
    try:
        await loop.run_in_executor(None, parse_int, "twelve")
    except ValueError as e:
        print("ValueError from the executor:", e)
    await asyncio.to_thread(parse_int, "oops")

asyncio.run(main())
