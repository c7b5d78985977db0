# concurrent.futures from a course chapter: ThreadPoolExecutor.map and submit with as_completed, sorted results
from concurrent.futures import ThreadPoolExecutor, as_completed


def square(n):
    if n == 7:
        raise ValueError("unlucky 7")
    return n * n


with ThreadPoolExecutor(max_workers=3) as pool:
    print(list(pool.map(square, range(6))))
    futures = {pool.submit(square, n): n for n in [3, 7, 9]}
    results = {}
    for fut in as_completed(futures):
        n = futures[fut]
        try:
            results[n] = fut.result()
        except ValueError as e:
            results[n] = f"error: {e}"
print(dict(sorted(results.items())))
f = ThreadPoolExecutor().submit(pow, 2, 10)
print(f.result(), f.done(), f.exception())
print(list(ThreadPoolExecutor().map(square, [1, 7])))
