# An exception in the with-block still waits for submitted jobs before propagating
from concurrent.futures import ThreadPoolExecutor
import time
def slow():
    time.sleep(0.2)
    print("slow job finished")
try:
    with ThreadPoolExecutor(1) as ex:
        ex.submit(slow)
        raise KeyError("oops in block")
except KeyError as e:
    print("caught after the pool shut down:", e)
