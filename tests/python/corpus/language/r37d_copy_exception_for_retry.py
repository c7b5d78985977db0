# A retry helper that keeps copies of each failure for a final report, using copy.copy on exceptions.
import copy

class FetchError(Exception):
    def __init__(self, url, status):
        super().__init__(url, status)
        self.url, self.status = url, status
    def __str__(self):
        return f"{self.url} -> {self.status}"

def fetch(url, attempt):
    if attempt < 3:
        raise FetchError(url, 500 + attempt)
    return f"body of {url}"

failures = []
for attempt in range(1, 5):
    try:
        print(fetch("/api", attempt))
        break
    except FetchError as err:
        failures.append(copy.copy(err))
        print(f"attempt {attempt}: {err}")
for f in failures:
    print(repr(f), f.args, f.status, str(f))
snap = copy.deepcopy(ValueError("bad input", 42))
print(repr(snap), snap.args)
print(repr(copy.copy(KeyError("key"))), copy.copy(OSError(2, "No such file")).errno)
