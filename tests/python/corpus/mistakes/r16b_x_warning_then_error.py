# A UserWarning from warnings.warn, then an error
import warnings

def old_api(x):
    warnings.warn("old_api is deprecated, use new_api", DeprecationWarning, stacklevel=2)
    warnings.warn("x should be positive")
    return 10 / x

print(old_api(2))
print(old_api(0))
