# add_done_callback runs after completion; callbacks on done futures run at once
from concurrent.futures import ThreadPoolExecutor
import time
def cb(f):
    print("callback got", f.result())
with ThreadPoolExecutor(1) as ex:
    f = ex.submit(lambda: (time.sleep(0.1), 42)[1])
    f.add_done_callback(cb)
    f.result()
    time.sleep(0.05)
    print("adding after done")
    f.add_done_callback(cb)
print("end")
