# warning the caller of my old function, pointing at their line with stacklevel
import warnings

def old_sum(a, b):
    warnings.warn("old_sum is deprecated, use sum()", DeprecationWarning, stacklevel=2)
    return a + b

def compute():
    return old_sum(1, 2)

print(compute())
print(compute())
warnings.warn("plain note")
warnings.warn(UserWarning("an instance"))
