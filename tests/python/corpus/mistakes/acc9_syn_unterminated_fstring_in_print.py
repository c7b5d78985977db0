# An f-string missing its closing quote.
import time

start = time.perf_counter()
elapsed = time.perf_counter() - start
print(f"Done in {elapsed:.2f}s)
print("bye")
