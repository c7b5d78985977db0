# as_completed with a timeout that expires before all finish
from concurrent.futures import ThreadPoolExecutor, as_completed
import time
with ThreadPoolExecutor(3) as ex:
    fs = [ex.submit(time.sleep, d) for d in (0.1, 0.5, 0.6)]
    try:
        for f in as_completed(fs, timeout=0.25):
            print("one done")
    except TimeoutError as e:
        print("TimeoutError:", e)
