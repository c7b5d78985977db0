# my library warns when the old name is used, pointing at the caller's line
import warnings

def fetch_all(urls):
    return [u.upper() for u in urls]

def fetchAll(urls):
    warnings.warn("fetchAll is deprecated, use fetch_all", DeprecationWarning, stacklevel=2)
    return fetch_all(urls)

print(fetch_all(["a"]))
print(fetchAll(["b"]))
print(fetchAll(["c"]))
