# An exception raised inside a thread via to_thread shows up in the coroutine's traceback
import asyncio
import time

def read_sensor(sensor_id):
    time.sleep(0.01)
    readings = {"t1": 21.5, "t2": 19.0}
    return readings[sensor_id]

async def main():
    for sid in ("t1", "t2", "t3"):
        value = await asyncio.to_thread(read_sensor, sid)
        print(sid, value)

asyncio.run(main())
