# warnings.warn from a helper, with and without stacklevel.
import warnings

def old_api(x):
    warnings.warn("old_api is deprecated, use new_api", DeprecationWarning, stacklevel=2)
    return x

def risky(x):
    warnings.warn("x is large")
    return x

print(old_api(1))
print(risky(2))
print(risky(3))
