# A deprecation warning pointing at the caller with stacklevel=2.
import warnings

def old_api(x):
    warnings.warn("old_api() is deprecated; use new_api()", DeprecationWarning, stacklevel=2)
    return x + 1

def client():
    return old_api(1)

print(client())
