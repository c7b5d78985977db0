# Reading user input without blocking the loop: input() in a thread while a ticker keeps running
import asyncio


async def ticker(stop):
    n = 0
    while not stop.is_set():
        n += 1
        await asyncio.sleep(0.01)
    return n


async def main():
    stop = asyncio.Event()
    tick_task = asyncio.create_task(ticker(stop))
    names = []
    while True:
        try:
            line = await asyncio.to_thread(input, "name? ")
        except EOFError:
            print("\n(end of input)")
            break
        if not line.strip():
            continue
        names.append(line.strip().title())
    stop.set()
    ticks = await tick_task
    print("names:", names, "| ticker ran:", ticks > 0)


asyncio.run(main())
