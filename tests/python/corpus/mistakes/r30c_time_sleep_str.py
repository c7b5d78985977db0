# time.sleep given a string read from a config.
import time
config = {"delay": "0.01"}
start = time.monotonic()
time.sleep(float(config["delay"]))
print("slept a bit:", time.monotonic() - start > 0)
time.sleep(config["delay"])
