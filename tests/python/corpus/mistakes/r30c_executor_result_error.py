# A ThreadPoolExecutor job raises; the error appears at result().
from concurrent.futures import ThreadPoolExecutor

def parse(text):
    return int(text)

with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(parse, t) for t in ["1", "2", "x"]]
    for f in futures:
        print(f.result())
