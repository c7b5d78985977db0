import asyncio

async def sensor(name, readings, out):
    for i, r in enumerate(readings):
        await asyncio.sleep(0.01 * (i + 1))
        await out.put((name, r))
    await out.put((name, None))

async def aggregator(out, n_sensors):
    finished = 0
    totals = {}
    while finished < n_sensors:
        name, value = await out.get()
        if value is None:
            finished += 1
            print(name, "finished")
            continue
        totals[name] = totals.get(name, 0) + value
    return totals

async def main():
    out = asyncio.Queue()
    sensors = {"temp": [20, 21, 22], "hum": [50, 55], "wind": [3]}
    agg = asyncio.create_task(aggregator(out, len(sensors)))
    await asyncio.gather(*(sensor(n, r, out) for n, r in sensors.items()))
    print(await agg)

asyncio.run(main())
