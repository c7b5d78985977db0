# def async written the wrong way round.
import asyncio

def async worker(delay):
    await asyncio.sleep(delay)
    return delay

asyncio.run(worker(0.01))
