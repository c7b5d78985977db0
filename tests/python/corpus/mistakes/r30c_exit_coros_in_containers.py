# Unawaited coroutines left in a variable, a list and a dict when the script ends.
import asyncio

async def step(name):
    await asyncio.sleep(0)

class Marker:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("marker", self.name, flush=True)

direct = step("direct")
m1 = Marker("one")
in_list = [step("in_list")]
m2 = Marker("two")
in_dict = {"k": step("in_dict")}
m3 = Marker("three")
print("end of script")
