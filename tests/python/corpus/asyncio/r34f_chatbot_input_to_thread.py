# A chat bot that reads lines with input() in a thread (to_thread) while a ticker keeps running.
import asyncio

async def ticker(stop):
    n = 0
    while not stop.is_set():
        await asyncio.sleep(0.05)
        n += 1
    return n

async def main():
    stop = asyncio.Event()
    tick = asyncio.create_task(ticker(stop))
    while True:
        try:
            line = await asyncio.to_thread(input, "you> ")
        except EOFError:
            print("\n[end of input]")
            break
        line = line.strip()
        if line == "bye":
            print("bot> goodbye!")
            break
        reply = line[::-1] if line else "say something"
        print(f"bot> {reply}")
    stop.set()
    print("ticker ran:", await tick >= 0)

asyncio.run(main())
