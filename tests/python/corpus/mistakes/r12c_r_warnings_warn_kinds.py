# warnings.warn of several categories, with stacklevel pointing at the caller.
import warnings

def old_api(x):
    warnings.warn("old_api is deprecated; use new_api", DeprecationWarning, stacklevel=2)
    return x * 2

def risky(x):
    if x > 10:
        warnings.warn(f"{x} is large", RuntimeWarning)
    return x

print(old_api(3))
print(risky(20))
warnings.warn("plain user warning")
print("done")
