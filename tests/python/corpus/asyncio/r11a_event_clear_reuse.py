import asyncio


async def light(ev: asyncio.Event):
    for color in ["green", "red", "green", "red"]:
        await asyncio.sleep(0.2)
        if color == "green":
            ev.set()
        else:
            ev.clear()
        print("light:", color)


async def car(ev, name, arrive):
    await asyncio.sleep(arrive)
    print(f"{name} arrives, light set? {ev.is_set()}")
    await ev.wait()
    print(f"{name} drives")


async def main():
    ev = asyncio.Event()
    await asyncio.gather(light(ev), car(ev, "car1", 0.1), car(ev, "car2", 0.5),
                         car(ev, "car3", 0.3))


asyncio.run(main())
